/**
 * Clustering benchmark for `<pomoc-map>`: supercluster vs leaflet.markercluster vs plain canvas
 * circle markers, Leaflet 1.9.4 in a shadow root, headless Chromium, viewport 1280×800.
 *
 *   npx tsx cluster/run.ts
 *
 * Options (environment): CLUSTER_SIZES=1000,5000,20000 · CLUSTER_CYCLES=10 (zoom cycles) ·
 * CLUSTER_RUNS=5 (warm first renders) · CLUSTER_APPROACHES=supercluster,canvas · CLUSTER_SPEED_ONLY=1
 * (no keyboard probe, no bundle sizes) · CLUSTER_SCREENSHOTS=<dir> · CHROME_PATH=/usr/bin/chromium
 *
 * Measures (1) first render, (2) zoom 7→13→7 and pans, (3) bundle size added by each library,
 * (4) keyboard access; prints tables and writes cluster/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { launch, type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { APPROACHES, type ApproachName } from './protocol.js';
import type { ClusterBenchApi, FirstRender, Update } from './page.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SIZES = (process.env.CLUSTER_SIZES ?? '1000,5000,20000').split(',').map(Number);
const CHOSEN = (process.env.CLUSTER_APPROACHES?.split(',') ?? APPROACHES) as ApproachName[];
const SPEED_ONLY = process.env.CLUSTER_SPEED_ONLY === '1';
const CYCLES = Number(process.env.CLUSTER_CYCLES ?? 10); // 12 zoom steps and 5 pans each
const RUNS = Number(process.env.CLUSTER_RUNS ?? 5); // warm first renders, after a cold one
const COLD_PAGES = Number(process.env.CLUSTER_COLD_PAGES ?? 3); // fresh pages per round
const ROUNDS = Number(process.env.CLUSTER_ROUNDS ?? 3); // the whole speed suite, pooled
const TARGETS = { firstRenderMs: 300, zoomP95Ms: 16 };

declare global {
  interface Window {
    clusterBench: ClusterBenchApi;
  }
}

// ---------------------------------------------------------------------------------------------
// Page and server

const resolve = createRequire(import.meta.url).resolve;

/**
 * leaflet 1.9.4 has no `module` field: bare `leaflet` would bundle its UMD build. Resolve exactly
 * `leaflet` to the ES build (typed by @types/leaflet as it is, so no declaration file is needed).
 */
const leafletEsm: Plugin = {
  name: 'leaflet-esm',
  setup(b) {
    b.onResolve({ filter: /^leaflet$/ }, () => ({ path: resolve('leaflet/dist/leaflet-src.esm.js') }));
  },
};

/** The CSS that the map's shadow root adopts, as text. */
const mapCss = () =>
  ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css']
    .map((path) => readFileSync(resolve(path), 'utf8'))
    .join('\n');

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    plugins: [leafletEsm],
    define: { MAP_CSS: JSON.stringify(mapCss()) },
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function serve(script: string): Promise<{ server: Server; origin: string }> {
  const html =
    '<!doctype html><html lang="cs"><meta charset="utf-8"><title>cluster bench</title>' +
    '<style>body{margin:0}</style><script type="module" src="/page.js"></script></html>';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [type, body] = path === '/page.js' ? ['text/javascript', script] : path === '/' ? ['text/html', html] : [];
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(origin + (process.env.CLUSTER_QUERY ?? ''), { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.clusterBench !== undefined, { timeout: 15_000 });
  } catch {
    throw new Error(`The page did not start: ${errors.join('; ')}`);
  }
  return page;
}

// ---------------------------------------------------------------------------------------------
// (1) and (2): speed

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

const median = (values: number[]) => stats(values).p50;

/** One approach at one size in one round: a page per cold render, then warm renders and updates. */
interface Measured {
  /** The first render on a fresh page (code not yet run: what a visitor gets), COLD_PAGES of them… */
  cold: FirstRender[];
  /** …and RUNS more on the last page. */
  warm: FirstRender[];
  updates: Update[];
  /** The machine's 1-minute load average after it (this benchmark alone makes about 1). */
  load: number;
}

async function measure(browser: Browser, origin: string, approach: ApproachName, places: number): Promise<Measured> {
  const render = (page: Page) => page.evaluate((a, n) => window.clusterBench.firstRender(a, n), approach, places);
  const cold: FirstRender[] = [];
  for (let i = 1; i < COLD_PAGES; i++) {
    const page = await openPage(browser, origin);
    cold.push(await render(page));
    await page.close();
  }
  const page = await openPage(browser, origin);
  cold.push(await render(page));
  const warm: FirstRender[] = [];
  for (let run = 0; run < RUNS; run++) warm.push(await render(page));
  const updates = await page.evaluate((cycles) => window.clusterBench.updates(cycles), CYCLES);
  await page.close();
  return { cold, warm, updates, load: loadavg()[0] };
}

/** All rounds of one approach at one size, pooled. */
interface SpeedResult {
  approach: ApproachName;
  places: number;
  /** First render, ms: median over every cold page, and over every warm run. */
  cold: FirstRender;
  warm: FirstRender;
  zoom: { js: Stats; laidOut: Stats; frame: Stats };
  pan: { js: Stats; laidOut: Stats; frame: Stats };
  /** The zoom frame p95 of each round alone, to show how much it moves between runs… */
  zoomFrameP95ByRound: number[];
  /** …and the load average after each round (another process on 2 cores shows up here). */
  loadByRound: number[];
  /** Zoom updates by the level zoomed to: frame stats and the median number of markers after. */
  zoomByLevel: { zoom: number; frame: Stats; markers: number }[];
  /** The most markers in the DOM (or circles in view) after any update, and at which zoom. */
  mostMarkers: { markers: number; zoom: number };
}

function pool(approach: ApproachName, places: number, rounds: Measured[]): SpeedResult {
  const medianRender = (renders: FirstRender[]) =>
    Object.fromEntries(
      Object.keys(renders[0]).map((key) => [key, median(renders.map((r) => r[key as keyof FirstRender]))]),
    ) as unknown as FirstRender;
  const updates = rounds.flatMap((r) => r.updates);
  const summary = (list: Update[]) => ({
    js: stats(list.map((u) => u.js)),
    laidOut: stats(list.map((u) => u.laidOut)),
    frame: stats(list.map((u) => u.frame)),
  });
  const zooms = updates.filter((u) => u.kind === 'zoom');
  const levels = [...new Set(zooms.map((u) => u.zoom))].sort((a, b) => a - b);
  const most = updates.reduce((a, b) => (b.markers > a.markers ? b : a));
  return {
    approach,
    places,
    cold: medianRender(rounds.flatMap((r) => r.cold)),
    warm: medianRender(rounds.flatMap((r) => r.warm)),
    zoom: summary(zooms),
    pan: summary(updates.filter((u) => u.kind === 'pan')),
    zoomFrameP95ByRound: rounds.map((r) => stats(r.updates.filter((u) => u.kind === 'zoom').map((u) => u.frame)).p95),
    loadByRound: rounds.map((r) => r.load),
    zoomByLevel: levels.map((zoom) => {
      const at = zooms.filter((u) => u.zoom === zoom);
      return { zoom, frame: stats(at.map((u) => u.frame)), markers: median(at.map((u) => u.markers)) };
    }),
    mostMarkers: { markers: most.markers, zoom: most.zoom },
  };
}

// ---------------------------------------------------------------------------------------------
// (3): bundle size added, minified + gzip

interface SizeResult {
  what: string;
  minified: number;
  gzip: number;
}

const ENTRIES: Record<string, string> = {
  'leaflet (markers, divIcon, popup)': `
    import * as L from 'leaflet';
    const map = L.map(document.body); L.marker([0, 0], { icon: L.divIcon() }).addTo(map); L.popup().openOn(map);`,
  '+ supercluster (and kdbush)': `
    import * as L from 'leaflet';
    import Supercluster from 'supercluster';
    const map = L.map(document.body); L.marker([0, 0], { icon: L.divIcon() }).addTo(map); L.popup().openOn(map);
    console.log(new Supercluster().load([]).getClusters([-180, -85, 180, 85], 2));`,
  '+ leaflet.markercluster': `
    import * as L from 'leaflet';
    import { LeafletGlobal } from './leaflet-global.js';
    import 'leaflet.markercluster';
    const map = L.map(document.body); L.marker([0, 0], { icon: L.divIcon() }).addTo(map); L.popup().openOn(map);
    LeafletGlobal.markerClusterGroup().addTo(map);`,
  '+ canvas circleMarker': `
    import * as L from 'leaflet';
    const map = L.map(document.body); L.marker([0, 0], { icon: L.divIcon() }).addTo(map); L.popup().openOn(map);
    L.circleMarker([0, 0], { renderer: L.canvas() }).addTo(map);`,
};

const CSS: Record<string, string> = {
  'leaflet.css': 'leaflet/dist/leaflet.css',
  'MarkerCluster.css': 'leaflet.markercluster/dist/MarkerCluster.css',
  'MarkerCluster.Default.css (not needed with own icons)': 'leaflet.markercluster/dist/MarkerCluster.Default.css',
};

async function sizes(): Promise<SizeResult[]> {
  const measure = async (what: string, options: Parameters<typeof build>[0]) => {
    const result = await build({ ...options, bundle: true, minify: true, write: false, logLevel: 'silent' });
    const bytes = result.outputFiles![0].contents;
    return { what, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const results: SizeResult[] = [];
  for (const [what, contents] of Object.entries(ENTRIES)) {
    results.push(
      await measure(what, {
        stdin: { contents, resolveDir: HERE, loader: 'ts' },
        plugins: [leafletEsm],
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
      }),
    );
  }
  for (const [what, path] of Object.entries(CSS)) {
    results.push(await measure(what, { entryPoints: [resolve(path)], loader: { '.png': 'empty' } }));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// (4): keyboard

interface KeyboardResult {
  approach: ApproachName;
  /** Mouse, through the shadow root: a click on a cluster zooms; a drag pans (px the centre moved). */
  pointer: { clusterClick: string; dragMovedPx: number };
  /** From a button before the map: what each Tab reaches (first few). */
  firstTabs: string[];
  /** Tabs from the button before the map to the button after it (at zoom 7, whole country). */
  tabsThroughMap: number;
  tabbablesAtZoom7: number;
  /** Praha at zoom 13: Tabs from before the map to after it (-1: more than 1000), and the most the
   * container stayed scrolled a frame after a focus. */
  dense: { tabsThroughMap: number; maxScrollPx: number };
  clusterEnter: { zoomBefore: number; zoomAfter: number; focusAfter: string };
  placeEnter: { popup: string | null; focusAfter: string; tabsToPopup: number | null };
  spaceOpensPopup: boolean;
  escapeClosesPopup: { focusOnMarker: boolean; focusOnMap: boolean };
  focusAfterPan: string;
  focusAfterZoomIn: string;
  sharedAddress: {
    action: string;
    spiderLegs: number;
    popupLinks: number;
    focusAfter: string;
    nextTabs: string[];
  };
}

const describe = (focus: { kind: string; label: string }) =>
  focus.label ? `${focus.kind} "${focus.label}"` : focus.kind;

/** Role and accessible name of the focused element, through shadow roots, from Chromium's accessibility tree. */
async function focusedAx(page: Page): Promise<string> {
  const handle = (await page.evaluateHandle(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  })) as ElementHandle<Element>;
  const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
  await handle.dispose();
  return node ? `${node.role} "${node.name ?? ''}"` : 'none';
}

async function keyboard(
  browser: Browser,
  origin: string,
  approach: ApproachName,
  places: number,
): Promise<KeyboardResult> {
  const page = await openPage(browser, origin);
  const bench = <T>(fn: (api: ClusterBenchApi) => T) =>
    page.evaluate(`(${fn.toString()})(window.clusterBench)`) as Promise<Awaited<T>>;
  const tabUntil = async (stop: (kind: string) => boolean, limit: number) => {
    for (let i = 1; i <= limit; i++) {
      await page.keyboard.press('Tab');
      const focus = await bench((b) => b.focusInfo());
      if (stop(focus.kind)) return i;
    }
    return null;
  };
  await page.evaluate((a, n) => window.clusterBench.firstRender(a, n), approach, places);

  // Mouse first: Leaflet's drag listens on document, where events from a shadow root are retargeted.
  const target = await bench((b) => b.clusterCentre());
  const zoomBeforeClick = (await bench((b) => b.state())).zoom;
  if (target) await page.mouse.click(target.x, target.y);
  const clusterClick = target ? `zoom ${zoomBeforeClick} → ${(await bench((b) => b.state())).zoom}` : 'no cluster';
  const before = await bench((b) => b.centre());
  await page.mouse.move(640, 400);
  await page.mouse.down();
  await page.mouse.move(700, 440, { steps: 5 });
  await page.mouse.move(740, 460, { steps: 5 });
  await page.mouse.up();
  const moved = await page.evaluate(
    (c) => window.clusterBench.centrePoint().distanceTo(window.clusterBench.latLngToPoint(c)),
    before,
  );
  const pointer = { clusterClick, dragMovedPx: Math.round(moved) };
  await bench((b) => b.setView(49.8, 15.5, 7));
  await bench((b) => b.addNeighbours());

  // Tab order from before the map.
  await bench((b) => b.focus('before'));
  const firstTabs: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    firstTabs.push(`${(await bench((b) => b.focusInfo())).kind}: ${await focusedAx(page)}`);
  }
  const tabbablesAtZoom7 = await bench((b) => b.tabbables());
  await bench((b) => b.focus('before'));
  const tabsThroughMap = (await tabUntil((kind) => kind === 'after', 1000)) ?? -1;

  // A dense view: markers rendered beyond the viewport are tabbable too, and Leaflet 1.9 pans the
  // map to a focused marker (`autoPanOnFocus`), after which more markers are rendered.
  await bench((b) => b.setView(50.0755, 14.4378, 13));
  await bench((b) => b.focus('before'));
  let maxScrollPx = 0;
  let denseTabs = -1;
  for (let i = 1; i <= 1000; i++) {
    await page.keyboard.press('Tab');
    maxScrollPx = Math.max(maxScrollPx, await bench((b) => b.scrolled()));
    if ((await bench((b) => b.focusInfo())).kind === 'after') {
      denseTabs = i;
      break;
    }
  }
  const dense = { tabsThroughMap: denseTabs, maxScrollPx };

  // Enter on a cluster.
  await bench((b) => b.focus('before'));
  await tabUntil((kind) => kind === 'cluster', 20);
  const zoomBefore = (await bench((b) => b.state())).zoom;
  await page.keyboard.press('Enter');
  const afterCluster = await bench((b) => b.state());
  const clusterEnter = { zoomBefore, zoomAfter: afterCluster.zoom, focusAfter: describe(afterCluster.focus) };

  // Enter on a place: a Praha street at zoom 17.
  await bench((b) => b.setView(50.0755, 14.4378, 17));
  await bench((b) => b.focus('before'));
  await tabUntil((kind) => kind === 'place', 60);
  await page.keyboard.press('Enter');
  const afterPlace = await bench((b) => b.state());
  await page.keyboard.press('Escape');
  const closedOnMarker = (await bench((b) => b.state())).popup === null;
  await bench((b) => b.focusMap());
  await page.keyboard.press('Escape');
  const escapeClosesPopup = {
    focusOnMarker: closedOnMarker,
    focusOnMap: (await bench((b) => b.state())).popup === null,
  };
  // Space on the same marker (role=button): does it open the popup as Enter does?
  await bench((b) => b.focus('before'));
  await tabUntil((kind) => kind === 'place', 60);
  await page.keyboard.press('Space');
  const spaceOpensPopup = (await bench((b) => b.state())).popup !== null;
  // Tab from the marker whose popup is open to the popup (close button): after every other marker.
  await bench((b) => b.focus('before'));
  await tabUntil((kind) => kind === 'place', 60);
  await page.keyboard.press('Enter');
  const placeEnter = {
    popup: afterPlace.popup,
    focusAfter: describe(afterPlace.focus),
    tabsToPopup: await tabUntil((kind) => kind === 'popup' || kind === 'after', 1000),
  };

  // Does a focused place keep the focus when the map moves?
  await bench((b) => b.setView(50.0755, 14.4378, 16));
  await bench((b) => b.focus('before'));
  await tabUntil((kind) => kind === 'place', 100);
  await bench((b) => b.panBy(40, 0));
  const focusAfterPan = describe((await bench((b) => b.state())).focus);
  await bench((b) => b.setZoom(17));
  const focusAfterZoomIn = describe((await bench((b) => b.state())).focus);

  // Places at one address, at the highest zoom: markercluster spiderfies, supercluster lists.
  const shared = (await bench((b) => b.sharedPlace()))!;
  await page.evaluate((p) => window.clusterBench.setView(p.lat, p.lon, 18), shared);
  const focused = await page.evaluate((p) => window.clusterBench.focusNear(p), shared);
  let sharedAddress: KeyboardResult['sharedAddress'];
  if (!focused) {
    sharedAddress = { action: 'not focusable', spiderLegs: 0, popupLinks: 0, focusAfter: '', nextTabs: [] };
  } else {
    const focusedKind = (await bench((b) => b.focusInfo())).kind;
    await page.keyboard.press('Enter');
    const after = await bench((b) => b.state());
    const nextTabs: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      nextTabs.push(describe(await bench((b) => b.focusInfo())));
    }
    sharedAddress = {
      action: `Enter on a ${focusedKind}: ${after.spiderLegs ? 'spiderfied' : after.popupLinks ? 'popup with a list' : 'nothing visible'}`,
      spiderLegs: after.spiderLegs,
      popupLinks: after.popupLinks,
      focusAfter: describe(after.focus),
      nextTabs,
    };
  }
  await page.close();
  return {
    approach,
    pointer,
    firstTabs,
    tabsThroughMap,
    tabbablesAtZoom7,
    dense,
    clusterEnter,
    placeEnter,
    spaceOpensPopup,
    escapeClosesPopup,
    focusAfterPan,
    focusAfterZoomIn,
    sharedAddress,
  };
}

/** CLUSTER_SCREENSHOTS=dir: each approach at zoom 7 and over Praha at zoom 12, to look at. */
async function screenshots(browser: Browser, origin: string, places: number, dir: string) {
  for (const approach of APPROACHES) {
    const page = await openPage(browser, origin);
    await page.evaluate((a, n) => window.clusterBench.firstRender(a, n), approach, places);
    await page.screenshot({ path: join(dir, `${approach}-z7.png`) });
    await page.evaluate(() => window.clusterBench.setView(50.0755, 14.4378, 12));
    await page.screenshot({ path: join(dir, `${approach}-praha-z12.png`) });
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pair = (s: Stats) => `${ms(s.p50)} / ${ms(s.p95)}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function printSpeeds(speeds: SpeedResult[], largest: number, version: string) {
  console.log(`\nHeadless ${version}, ${cpus().length} CPUs, viewport 1280×800, map in a shadow root, no tiles.`);
  console.log(`${ROUNDS} rounds pooled. First render = element created → places clustered → markers laid out →`);
  console.log(
    `next frame rendered (median of ${ROUNDS * COLD_PAGES} fresh pages; warm: of ${ROUNDS * RUNS} more renders).`,
  );
  console.log(
    `Updates = ${ROUNDS}×${CYCLES} cycles of setZoom 7→13→7 around a town, with pans; each timed from the start`,
  );
  console.log(`of its frame to the first task after that frame (js = the Leaflet call alone). ms, p50 / p95.\n`);
  console.log(
    table(
      [
        'approach',
        'places',
        'first render',
        'warm',
        'JS part',
        'markers at z7',
        'heap MB',
        'zoom p50 / p95',
        'p95 by round (load)',
        'zoom JS p50 / p95',
        'pan p50 / p95',
        'most markers (z)',
      ],
      speeds.map((s) => [
        s.approach,
        s.places.toLocaleString('en-US'),
        ms(s.cold.painted),
        ms(s.warm.painted),
        ms(s.cold.ready),
        s.approach === 'canvas' ? `${s.cold.places} circles` : `${s.cold.clusters} + ${s.cold.places}`,
        s.cold.heapMB.toFixed(1),
        pair(s.zoom.frame),
        s.zoomFrameP95ByRound.map((p95, i) => `${ms(p95)} (${s.loadByRound[i].toFixed(1)})`).join(', '),
        pair(s.zoom.js),
        pair(s.pan.frame),
        `${s.mostMarkers.markers} (${s.mostMarkers.zoom})`,
      ]),
    ),
  );
  const atLargest = speeds.filter((r) => r.places === largest);
  console.log(
    `\nZoom updates at ${largest.toLocaleString('en-US')} places by the level zoomed to: frame p50 / p95 ms (markers in the DOM):\n`,
  );
  console.log(
    table(
      ['approach', ...atLargest[0].zoomByLevel.map((l) => `→ ${l.zoom}`)],
      atLargest.map((r) => [r.approach, ...r.zoomByLevel.map((l) => `${pair(l.frame)} (${l.markers})`)]),
    ),
  );
  console.log(
    `\nTargets at ${largest.toLocaleString('en-US')} places: first render ≤ ${TARGETS.firstRenderMs} ms, zoom p95 ≤ ${TARGETS.zoomP95Ms} ms`,
  );
  for (const s of atLargest) {
    const first = s.cold.painted <= TARGETS.firstRenderMs ? 'PASS' : 'FAIL';
    const zoom = s.zoom.frame.p95 <= TARGETS.zoomP95Ms ? 'PASS' : 'FAIL';
    const roundMedian = median(s.zoomFrameP95ByRound);
    console.log(
      `  ${s.approach.padEnd(19)} first render ${ms(s.cold.painted)} ms ${first} · zoom p95 ${ms(s.zoom.frame.p95)} ms ${zoom}` +
        ` (median round ${ms(roundMedian)} ms ${roundMedian <= TARGETS.zoomP95Ms ? 'PASS' : 'FAIL'})`,
    );
  }
}

function printSizes(bundleSizes: SizeResult[]) {
  const base = bundleSizes[0];
  console.log('\nBundle (esbuild, minified, gzip -9):\n');
  console.log(
    table(
      ['what', 'min kB', 'gzip kB', 'added gzip kB'],
      bundleSizes.map((s, i) => [
        s.what,
        (s.minified / 1000).toFixed(1),
        (s.gzip / 1000).toFixed(1),
        i === 0
          ? ''
          : s.what.startsWith('+')
            ? `+${((s.gzip - base.gzip) / 1000).toFixed(1)}`
            : `+${(s.gzip / 1000).toFixed(1)}`,
      ]),
    ),
  );
}

function printKeyboard(keyboards: KeyboardResult[], largest: number) {
  console.log(
    `\nKeyboard at ${largest.toLocaleString('en-US')} places (the canvas has no element per place: nothing to focus):\n`,
  );
  const row = (question: string, answer: (k: KeyboardResult) => string) => [question, ...keyboards.map(answer)];
  console.log(
    table(
      ['', ...keyboards.map((k) => k.approach)],
      [
        row('Mouse click on a cluster', (k) => k.pointer.clusterClick),
        row('Mouse drag of 117 px', (k) => `map moved ${k.pointer.dragMovedPx} px`),
        row('Tab from before the map reaches', (k) => k.firstTabs.slice(0, 2).join(', then ')),
        row('Tabs through the map at zoom 7', (k) => `${k.tabsThroughMap} (${k.tabbablesAtZoom7} tabbable)`),
        row('Tabs through the map, Praha zoom 13', (k) =>
          k.dense.tabsThroughMap < 0 ? 'more than 1000' : String(k.dense.tabsThroughMap),
        ),
        row('Container still scrolled a frame later', (k) => `up to ${k.dense.maxScrollPx} px`),
        row(
          'Enter on a cluster',
          (k) =>
            `zoom ${k.clusterEnter.zoomBefore} → ${k.clusterEnter.zoomAfter}, focus on ${k.clusterEnter.focusAfter}`,
        ),
        row('Enter on a place', (k) =>
          k.placeEnter.popup ? `popup opens, focus stays on the ${k.placeEnter.focusAfter.split(' ')[0]}` : 'no popup',
        ),
        row('Space on a place', (k) => (k.spaceOpensPopup ? 'popup opens' : 'nothing')),
        row('Tabs from the place to its popup', (k) => `${k.placeEnter.tabsToPopup ?? 'never'} (Praha, zoom 17)`),
        row(
          'Escape closes the popup',
          (k) =>
            `on the marker: ${k.escapeClosesPopup.focusOnMarker ? 'yes' : 'no'}; on the map: ${k.escapeClosesPopup.focusOnMap ? 'yes' : 'no'}`,
        ),
        row('Focused place after a 40 px pan', (k) => k.focusAfterPan.split(' ')[0]),
        row('Focused place after zoom 16 → 17', (k) => k.focusAfterZoomIn.split(' ')[0]),
        row(
          'Enter on places at one address (z 18)',
          (k) =>
            `${k.sharedAddress.action.replace(/^Enter on a \w+: /, '')}; focus on ${k.sharedAddress.focusAfter.split(' ')[0]}`,
        ),
        row('…then Tab reaches', (k) =>
          k.sharedAddress.nextTabs
            .slice(0, 2)
            .map((t) => t.split(' ')[0])
            .join(', '),
        ),
      ],
    ),
  );
}

async function main() {
  const started = performance.now();
  const { server, origin } = await serve(await bundle());
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    protocolTimeout: 600_000,
  });
  try {
    const version = await browser.version();
    const measured = new Map<string, Measured[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const places of SIZES) {
        // Each round in another order, so that no approach always runs first.
        const order = CHOSEN.map((_, i) => CHOSEN[(i + round) % CHOSEN.length]);
        for (const approach of order) {
          process.stdout.write(`round ${round + 1}/${ROUNDS}: ${approach} × ${places}… `);
          const m = await measure(browser, origin, approach, places);
          const key = `${approach}|${places}`;
          measured.set(key, [...(measured.get(key) ?? []), m]);
          const zoomFrames = m.updates.filter((u) => u.kind === 'zoom').map((u) => u.frame);
          console.log(
            `first render ${ms(median(m.cold.map((r) => r.painted)))} ms, zoom p95 ${ms(stats(zoomFrames).p95)} ms`,
          );
        }
      }
    }
    const speeds = SIZES.flatMap((places) =>
      CHOSEN.map((approach) => pool(approach, places, measured.get(`${approach}|${places}`)!)),
    );
    const largest = Math.max(...SIZES);
    const keyboards: KeyboardResult[] = [];
    for (const approach of SPEED_ONLY ? [] : (['supercluster', 'markercluster'] as const)) {
      keyboards.push(await keyboard(browser, origin, approach, largest));
    }
    const bundleSizes = SPEED_ONLY ? [] : await sizes();
    if (process.env.CLUSTER_SCREENSHOTS) await screenshots(browser, origin, largest, process.env.CLUSTER_SCREENSHOTS);

    printSpeeds(speeds, largest, version);
    if (bundleSizes.length) printSizes(bundleSizes);
    if (keyboards.length) printKeyboard(keyboards, largest);

    writeFileSync(
      join(HERE, 'results.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: version,
          cpus: cpus().length,
          settings: { SIZES, ROUNDS, CYCLES, RUNS, COLD_PAGES },
          speeds,
          bundleSizes,
          keyboards,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nWrote cluster/results.json in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
