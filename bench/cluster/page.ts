// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the repo does not install leaflet, supercluster or leaflet.markercluster yet
// @ts-nocheck -- type-checked in the scratch project of README.md; remove when the bench joins `npm run bench`
/**
 * The clustering benchmark page, bundled by run.ts and driven through `window.clusterBench`.
 * The map lives, as in `<pomoc-map>`, in the shadow root of a custom element whose stylesheet
 * adopts Leaflet's CSS (and markercluster's). No tile layer: this measures the markers alone.
 */
import * as L from 'leaflet';
import { MAX_ZOOM, mount, type Mounted } from './approaches.js';
import { makePlaces, zoomCentres, type Place } from './places.js';
import type { ApproachName } from './protocol.js';

// ---------------------------------------------------------------------------------------------
// The element

/** leaflet.css + MarkerCluster.css as text, put in by run.ts (esbuild `define`). */
declare const MAP_CSS: string;

const OWN_CSS = `
:host { display: block; width: 1280px; height: 800px; }
.map { width: 100%; height: 100%; background: #eef1ec; }
.pomoc-place {
  box-sizing: border-box; border-radius: 50%;
  background: #1f5fbf; border: 2px solid #fff; box-shadow: 0 0 0 1px #1f5fbf;
}
.pomoc-cluster {
  box-sizing: border-box; display: grid; place-items: center; border-radius: 50%;
  background: #1f5fbf; color: #fff; border: 3px solid rgb(255 255 255 / 0.8);
  font: 600 13px/1 system-ui, sans-serif;
}
.leaflet-marker-icon:focus-visible, .leaflet-container:focus-visible {
  outline: 3px solid #ffbf47; outline-offset: 2px;
}
`;

let sheet: CSSStyleSheet | undefined;
/** One constructed stylesheet shared by every map on the page. */
function mapSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(MAP_CSS + OWN_CSS);
  }
  return sheet;
}

class BenchMap extends HTMLElement {
  readonly container: HTMLDivElement;
  map?: L.Map;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [mapSheet()];
    this.container = document.createElement('div');
    this.container.className = 'map';
    this.container.setAttribute('role', 'region');
    this.container.setAttribute('aria-label', 'Mapa služeb');
    root.append(this.container);
  }
}
customElements.define('bench-map', BenchMap);

const CZECHIA: L.LatLngTuple = [49.8, 15.5];

function createMap(element: BenchMap, center: L.LatLngExpression = CZECHIA, zoom = 7): L.Map {
  element.map = L.map(element.container, {
    center,
    zoom,
    minZoom: 6,
    maxZoom: MAX_ZOOM,
    // Animations would put CSS transitions and timers between a zoom and its markers.
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
  });
  return element.map;
}

// ---------------------------------------------------------------------------------------------
// Timing

declare const gc: () => void;
const collect = () => (typeof gc === 'function' ? gc() : undefined);
const heapMB = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;

/** Resolves once the frame after now has been rendered (rAF, then a task after the frame). */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

export interface Update {
  /** What changed: `zoom` (setZoom by one level) or `pan` (panBy, or setView to another town). */
  kind: 'zoom' | 'pan';
  /** The zoom level after the update. */
  zoom: number;
  /** Markers in the DOM after it (clusters + places), or circles in view for the canvas. */
  markers: number;
  /** The Leaflet call itself (clustering, markers added and removed): synchronous. */
  js: number;
  /** …then style and layout, forced. */
  laidOut: number;
  /** …then the rest of the frame (paint, and for the canvas its redraw), to the first task after it. */
  frame: number;
}

/**
 * One update, started at the beginning of a frame (inside requestAnimationFrame, as an input event
 * would be handled) so that the measured frame is the one that shows it, without a wait for vsync.
 */
const timeUpdate = (element: BenchMap, action: () => void) =>
  new Promise<Pick<Update, 'js' | 'laidOut' | 'frame'>>((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      action();
      const t1 = performance.now();
      void element.container.offsetWidth;
      const t2 = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ js: t1 - t0, laidOut: t2 - t0, frame: performance.now() - t0 });
      channel.port2.postMessage(0);
    }),
  );

// ---------------------------------------------------------------------------------------------
// First render

export interface FirstRender {
  /** From creating the element to every place clustered and the visible markers in the DOM. */
  ready: number;
  /** …and laid out (forced). */
  laidOut: number;
  /** …and the next frame rendered. */
  painted: number;
  clusters: number;
  places: number;
  /** JS heap held by the map with its places, after a GC. */
  heapMB: number;
}

let places: Place[] = [];
let current: { element: BenchMap; mounted: Mounted } | undefined;

function unmount() {
  if (!current) return;
  current.mounted.remove();
  current.element.map?.remove();
  current.element.remove();
  current = undefined;
}

async function firstRender(approach: ApproachName, count: number): Promise<FirstRender> {
  unmount();
  if (places.length !== count) places = makePlaces(count);
  await afterNextFrame();
  collect();
  const heapBefore = heapMB();
  const t0 = performance.now();
  const element = document.createElement('bench-map') as BenchMap;
  document.body.append(element);
  const map = createMap(element);
  const mounted = await mount(approach, map, places);
  const t1 = performance.now();
  void element.container.offsetWidth;
  const t2 = performance.now();
  await afterNextFrame();
  const t3 = performance.now();
  current = { element, mounted };
  collect();
  return { ready: t1 - t0, laidOut: t2 - t0, painted: t3 - t0, ...mounted.count(), heapMB: heapMB() - heapBefore };
}

// ---------------------------------------------------------------------------------------------
// Zoom and pan

/**
 * `cycles` times: centre on a town at zoom 7, setZoom 8…13 one level at a time, four pans of
 * 300–400 px at zoom 13, setZoom 12…7. One cycle untimed first (warm-up). Returns every update.
 */
async function updates(cycles: number): Promise<Update[]> {
  if (!current) throw new Error('firstRender() first');
  const { element, mounted } = current;
  const map = element.map!;
  const samples: Update[] = [];
  const centres = zoomCentres();
  const offsets: L.PointTuple[] = [
    [400, 0],
    [0, 300],
    [-400, 0],
    [0, -300],
  ];
  for (let cycle = 0; cycle <= cycles; cycle++) {
    const town = centres[cycle % centres.length];
    const record = async (kind: Update['kind'], action: () => void) => {
      const times = await timeUpdate(element, action);
      const { clusters, places: shown } = mounted.count();
      if (cycle > 0) samples.push({ kind, zoom: map.getZoom(), markers: clusters + shown, ...times });
    };
    await record('pan', () => map.setView([town.lat, town.lon], 7, { animate: false }));
    for (let z = 8; z <= 13; z++) await record('zoom', () => map.setZoom(z, { animate: false }));
    for (const offset of offsets) await record('pan', () => map.panBy(offset, { animate: false }));
    for (let z = 12; z >= 7; z--) await record('zoom', () => map.setZoom(z, { animate: false }));
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Keyboard probe helpers (run.ts presses the keys)

export interface FocusInfo {
  /** Where focus is, through shadow roots: `before`, `after`, `body`, `container`, `cluster`, `place`, `zoom-in`… */
  kind: string;
  label: string;
  /** Whether the focused element is in the map's shadow root (document.activeElement is the host). */
  inShadow: boolean;
}

function focusInfo(): FocusInfo {
  let active = document.activeElement;
  let inShadow = false;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
    inShadow = true;
  }
  if (!active || active === document.body) return { kind: 'body', label: '', inShadow };
  const el = active as HTMLElement;
  const kind = el.id
    ? el.id
    : el.classList.contains('leaflet-container')
      ? 'container'
      : el.classList.contains('pomoc-cluster')
        ? 'cluster'
        : el.classList.contains('pomoc-place')
          ? 'place'
          : el.classList.contains('leaflet-control-zoom-in')
            ? 'zoom-in'
            : el.classList.contains('leaflet-control-zoom-out')
              ? 'zoom-out'
              : el.closest('.leaflet-popup')
                ? 'popup'
                : el.closest('.leaflet-control-attribution')
                  ? 'attribution'
                  : `${el.tagName.toLowerCase()}.${el.className}`;
  const label = el.getAttribute('aria-label') || el.title || (el.textContent ?? '').trim().slice(0, 40);
  return { kind, label, inShadow };
}

/** Adds buttons before and after the map, so that Tab has somewhere to come from and go to. */
function addNeighbours() {
  if (document.getElementById('before')) return;
  const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'after' });
  document.body.prepend(before);
  document.body.append(after);
}

function state() {
  const map = current!.element.map!;
  const root = current!.element.shadowRoot!;
  return {
    zoom: map.getZoom(),
    focus: focusInfo(),
    popup: root.querySelector('.leaflet-popup-content')?.textContent?.slice(0, 80) ?? null,
    popupLinks: root.querySelectorAll('.leaflet-popup-content a').length,
    ...current!.mounted.count(),
    /** Spider legs of markercluster (SVG paths in the overlay pane). */
    spiderLegs: root.querySelectorAll('.leaflet-overlay-pane path').length,
  };
}

const api = {
  firstRender,
  updates,
  addNeighbours,
  focusInfo,
  state,
  focus: (id: string) => document.getElementById(id)!.focus(),
  focusMap: () => current!.element.container.focus(),
  setView: (lat: number, lon: number, zoom: number) =>
    current!.element.map!.setView([lat, lon], zoom, { animate: false }),
  panBy: (x: number, y: number) => current!.element.map!.panBy([x, y], { animate: false }),
  setZoom: (zoom: number) => current!.element.map!.setZoom(zoom, { animate: false }),
  /** The first place that shares its coordinates with another one, in Praha if any. */
  sharedPlace: () => {
    const seen = new Map<string, Place>();
    for (const place of places) {
      const key = `${place.lat},${place.lon}`;
      if (seen.has(key)) return seen.get(key)!;
      seen.set(key, place);
    }
    return undefined;
  },
  /** Focuses the marker (place or cluster) nearest a place; false when the approach cannot. */
  focusNear: (place: Place) => {
    const element = current!.mounted.elementNear?.(place);
    element?.focus();
    return !!element;
  },
  /** Centre of the first cluster icon in the viewport, in page pixels, for a mouse click. */
  clusterCentre: () => {
    for (const icon of current!.element.shadowRoot!.querySelectorAll('.pomoc-cluster')) {
      const box = icon.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      if (x > 60 && y > 80 && x < innerWidth - 20 && y < innerHeight - 20) return { x, y };
    }
    return undefined;
  },
  /** The map centre in container pixels of the current view (to see a drag move it). */
  centrePoint: () => {
    const map = current!.element.map!;
    return map.latLngToContainerPoint(map.getCenter());
  },
  centre: () => current!.element.map!.getCenter(),
  latLngToPoint: (latlng: L.LatLngLiteral) => current!.element.map!.latLngToContainerPoint(latlng),
  /**
   * How far the map container is scrolled (focusing a marker outside the view scrolls it), a frame
   * after the focus: Leaflet resets the scroll in its own `scroll` listener.
   */
  scrolled: async () => {
    await afterNextFrame();
    const container = current!.element.container;
    return Math.abs(container.scrollLeft) + Math.abs(container.scrollTop);
  },
  /** Tabbable elements inside the map's shadow root. */
  tabbables: () => current!.element.shadowRoot!.querySelectorAll('[tabindex="0"], a[href], button').length,
};
export type ClusterBenchApi = typeof api;
(window as unknown as { clusterBench: ClusterBenchApi }).clusterBench = api;
