// What a town's page really loads, measured in headless Chromium over the built dist/: a static
// server for the repository (dist/, the sample catalogue, the benchmark's catalogues) that records
// every file it serves, pages written as a webmaster writes them (the README snippet, or the ES
// entries), and a probe in the page that notes when every widget shows its first results, the
// main thread's long tasks (PerformanceObserver 'longtask') and the total blocking time. Used by
// `npm run size` (scripts/size.js) and `npm run bench` (bench/run.ts).
//
// The bytes are counted where they leave the server, gzipped as a server would send them: that
// sees every request of the page, its modules, its workers and their imports alike. Each file
// counts once: the server here forbids caching (every page is measured fresh), so the catalogue
// worker fetches again the modules it shares with the page, which a town's server, letting the
// browser cache them, would not send twice. What only the worker fetched is told apart (its
// script's requests say Sec-Fetch-Dest: worker, and what those modules import has them as
// referrer): bytes that the town's main thread never parses.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Serves the repository on 127.0.0.1 (files kept in memory) plus pages registered by name under
 * /__pages/. `served` lists what went out: path, type, bytes, gzip bytes, time.
 */
export function serveRepository() {
  const files = new Map();
  const pages = new Map();
  const served = [];
  const workerFiles = new Set();
  const missing = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body;
    let headers = {};
    if (pages.has(path)) {
      const page = pages.get(path);
      body = Buffer.from(page.html);
      headers = page.headers ?? {};
    } else {
      const file = normalize(join(ROOT, path));
      if (file.startsWith(ROOT + sep) && !file.includes(`${sep}node_modules${sep}`)) {
        body = files.get(file);
        if (!body) {
          try {
            body = readFileSync(file);
            files.set(file, body);
          } catch {
            body = undefined;
          }
        }
      }
    }
    if (!body) {
      missing.push(path);
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const js = type.startsWith('text/javascript');
    // The worker's script and its static imports say so; what they import later names them as referrer.
    const referrer = request.headers.referer && new URL(request.headers.referer).pathname;
    const worker = request.headers['sec-fetch-dest'] === 'worker' || workerFiles.has(referrer);
    if (worker) workerFiles.add(path);
    served.push({ path, js, worker, bytes: body.length, gzip: js ? gzipSize(body) : 0, at: performance.now() });
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...headers,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolvePromise({
        server,
        origin,
        served,
        missing,
        /** Registers a page; returns its URL. */
        page(name, html, pageHeaders) {
          const path = `/__pages/${name}.html`;
          pages.set(path, { html, headers: pageHeaders });
          return `${origin}${path}`;
        },
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** What shows that a widget has rendered its first results. */
export const READY = {
  'pomoc-finder': '.result',
  'pomoc-navigator': '.situations button',
  'pomoc-map': '.leaflet-marker-icon',
};

const TILES = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/**
 * A page as the README tells a webmaster to write it: `mode` 'classic' (pomoc.iife.js) or 'es'
 * (the widgets' ES entries), `widgets` among finder, navigator, map (a map on a page with a finder
 * follows it, as in the demo); `dist` the folder of the built files, from the repository's root.
 */
export function pageHtml({ mode, widgets, src, dist = '/dist' }) {
  const scripts =
    mode === 'classic'
      ? `<script src="${dist}/pomoc.iife.js"></script>`
      : widgets.map((widget) => `<script type="module" src="${dist}/pomoc-${widget}.js"></script>`).join('');
  const elements = widgets
    .map((widget) => {
      if (widget === 'finder') return `<pomoc-finder id="finder" src="${src}" url-state="off"></pomoc-finder>`;
      if (widget === 'navigator') return `<pomoc-navigator src="${src}" url-state="off"></pomoc-navigator>`;
      const source = widgets.includes('finder') ? 'for="finder"' : `src="${src}"`;
      return `<pomoc-map ${source} tile-url="${TILES}#{z}/{x}/{y}"></pomoc-map>`;
    })
    .join('\n');
  return `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Pomoc: ${widgets.join(' + ')}</title>${scripts}</head><body>\n${elements}\n</body></html>\n`;
}

/**
 * Runs in the page before anything else: long tasks from the start, and the moment (checked every
 * frame) when every widget on the page shows its first results.
 */
function probe(ready) {
  const state = { longTasks: [], readyAt: undefined, errors: [] };
  window.__pomocProbe = state;
  addEventListener('error', (event) => state.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => state.errors.push(String(event.reason)));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const widgets = [...document.querySelectorAll('pomoc-finder, pomoc-navigator, pomoc-map')];
    const done =
      widgets.length > 0 && widgets.every((widget) => !!widget.shadowRoot?.querySelector(ready[widget.localName]));
    if (done) {
      state.readyAt = performance.now();
      // What the page had received by then (its resource timing): what comes right after the
      // first results (a search index built when the browser is idle) is not theirs, however soon
      // the benchmark's poll notices them.
      state.received = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The JS files among `served`, each once; a file the page fetched too counts as the page's. */
function onceEach(served) {
  const byPath = new Map();
  for (const file of served) {
    if (!file.js) continue;
    const seen = byPath.get(file.path);
    if (!seen) byPath.set(file.path, { ...file });
    else if (!file.worker) seen.worker = false;
  }
  return [...byPath.values()];
}

/** Long tasks between two moments: the longest and the total blocking time (the part of each over 50 ms). */
export function blocking(longTasks, from = 0, to = Infinity) {
  const within = longTasks.filter((task) => task.start >= from && task.start < to);
  return {
    longestTaskMs: within.reduce((max, task) => Math.max(max, task.duration), 0),
    totalBlockingMs: within.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longTasks: within.length,
  };
}

/**
 * Opens `url` in a fresh browser context (nothing cached), waits until every widget shows its
 * first results, and returns the time, the JS served until then and the long tasks so far. With
 * `settleMs`, the long tasks are those until that long after the first results: what the widgets
 * do right after them (the rest of a first render, a linked map's markers, the last good copy
 * written) freezes the page too.
 */
export async function openUntilReady(browser, served, url, { timeout = 60_000, settleMs = 0 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.evaluateOnNewDocument(probe, READY);
  const first = served.length;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForFunction(() => window.__pomocProbe?.readyAt !== undefined, { timeout, polling: 50 });
  } catch (cause) {
    await context.close();
    throw new Error(`${url}: the widgets showed no results (${errors.join('; ') || String(cause)})`);
  }
  const polled = onceEach(served.slice(first));
  if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const state = await page.evaluate(() => window.__pomocProbe);
  // The page's own files as its resource timing had them at the first results; a worker's (not in
  // the page's timing) as served until the poll saw them.
  const received = new Set(state.received);
  const files = polled.filter((file) => file.worker || received.has(file.path));
  return {
    page,
    context,
    errors,
    readyMs: state.readyAt,
    js: files.map(({ path, bytes, gzip, worker }) => ({ path, bytes, gzip, worker })),
    jsGzip: files.reduce((sum, file) => sum + file.gzip, 0),
    /** Of jsGzip, the files that only the worker fetched. */
    workerGzip: files.filter((file) => file.worker).reduce((sum, file) => sum + file.gzip, 0),
    /** Every JS byte (gzip) the page has fetched so far, the first results' and what followed. */
    jsGzipSoFar: () => onceEach(served.slice(first)).reduce((sum, file) => sum + file.gzip, 0),
    load: blocking(state.longTasks, 0, state.readyAt + settleMs),
  };
}
