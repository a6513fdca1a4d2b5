/**
 * <pomoc-map> in the benchmark page: first render of every place of a catalogue, then zoom and pan
 * updates timed like bench/cluster (each started inside requestAnimationFrame and timed to the first
 * task after that frame, so style, layout and paint count). Animations are off (run.ts emulates
 * prefers-reduced-motion), as a zoom animation would only delay the same work by 250 ms.
 */
import type * as L from 'leaflet';
import { forgetCatalogue, loadCatalogue } from '../src/catalogue/index.js';
import type { PomocMap } from '../src/widgets/map/map.component.js';
import '../src/widgets/map/pomoc-map.js';
import type { MapBenchApi, MapConfig, MapResult } from './map-protocol.js';
import { stats } from './page.js';
import { TOWNS } from './towns.js';

// A 1×1 tile from a data: URL: Leaflet does its tile work without any request.
const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAW/dJ9QAAAABJRU5ErkJggg==';

declare const gc: () => void;

/** The Leaflet map inside the element: private, reached here only to drive it. */
const leafletOf = (element: PomocMap) => (element as unknown as { view?: { map: L.Map } }).view?.map;
const markerCount = (element: PomocMap) => element.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves once the frame after now has been rendered (rAF, then a task after the frame). */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

function timeUpdate(element: PomocMap, action: () => void) {
  return new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const started = performance.now();
      action();
      void element.shadowRoot!.querySelector<HTMLElement>('.leaflet-host')!.offsetWidth;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - started);
      channel.port2.postMessage(0);
    }),
  );
}

async function mount(url: string): Promise<PomocMap> {
  const element = document.createElement('pomoc-map');
  element.setAttribute('src', url);
  element.setAttribute('tile-url', TILE);
  element.style.setProperty('--pomoc-map-height', '600px');
  document.body.append(element);
  while (!markerCount(element) || !leafletOf(element)) await tick();
  void element.offsetWidth;
  await afterNextFrame();
  return element;
}

async function map(config: MapConfig): Promise<MapResult> {
  forgetCatalogue(config.url);
  await loadCatalogue(config.url);
  const firstRender: number[] = [];
  for (let run = 0; run <= config.runs; run++) {
    gc();
    const started = performance.now();
    const element = await mount(config.url);
    if (run > 0) firstRender.push(performance.now() - started);
    element.remove();
  }

  const element = await mount(config.url);
  const leaflet = leafletOf(element)!;
  const places = Number(
    /\d[\d\s,]*/.exec(element.shadowRoot!.querySelector('.count')!.textContent!)![0].replace(/\D/g, ''),
  );
  const zoom: number[] = [];
  const pan: number[] = [];
  let mostMarkers = 0;
  const centres = [...TOWNS].slice(0, 10);
  const offsets: L.PointTuple[] = [
    [400, 0],
    [0, 300],
    [-400, 0],
    [0, -300],
  ];
  for (let cycle = 0; cycle <= config.cycles; cycle++) {
    const town = centres[cycle % centres.length];
    const record = async (samples: number[], action: () => void) => {
      const ms = await timeUpdate(element, action);
      mostMarkers = Math.max(mostMarkers, markerCount(element));
      if (cycle > 0) samples.push(ms);
    };
    await record(pan, () => leaflet.setView([town.lat, town.lon], 7, { animate: false }));
    for (let z = 8; z <= 13; z++) await record(zoom, () => leaflet.setZoom(z, { animate: false }));
    for (const offset of offsets) await record(pan, () => leaflet.panBy(offset, { animate: false }));
    for (let z = 12; z >= 7; z--) await record(zoom, () => leaflet.setZoom(z, { animate: false }));
  }
  element.remove();
  return { places, firstRender: stats(firstRender), zoom: stats(zoom), pan: stats(pan), mostMarkers };
}

const api: MapBenchApi = { map };
window.pomocMapBench = api;
