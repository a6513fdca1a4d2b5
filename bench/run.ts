/**
 * `npm run bench`: generates synthetic catalogues of 1,000, 5,000 and 20,000 services, bundles
 * bench/page.ts, serves bench/.data on 127.0.0.1 and measures the catalogue layer in headless
 * Chromium: JSON.parse, ready (load + validate + index), typed search and filter changes.
 * Prints a table and writes bench/results.json. Exit code 0 whatever the numbers; 1 when the
 * benchmark itself fails.
 *
 * Then the README page (bench/readme-page.ts): the built dist/ as a town's page loads it, for the
 * sample and the 1,000 and 20,000 catalogues (run `npm run build` first).
 *
 * Options (environment): BENCH_SIZES=1000,5000 to choose sizes; BENCH_QUICK=1 for fewer repetitions;
 * BENCH_ONLY=page for the README page alone, BENCH_ONLY=layer for the catalogue layer alone;
 * BENCH_COMPARE=.tmp/dist-before to measure another build of dist/ on the README page alongside
 * (several, comma-separated).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, extname, join, normalize as normalizePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { DATA_DIR, DEFAULT_SEED, DEFAULT_SIZES, writeCatalogue } from './generate.js';
import type { MapResult } from './map-protocol.js';
import { measureReadmePages, readmeTable, type ReadmePageRow } from './readme-page.js';
import type { FilterResult, FinderResult, LoadResult, SearchResult, SizeConfig, Stats } from './protocol.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = join(HERE, 'results.json');

// scripts/chromium.js is plain JavaScript without type declarations.
interface ChromiumModule {
  CHROMIUM_ARGS: string[];
  ensureChromium(): string;
}
const chromiumModule = new URL('../scripts/chromium.js', import.meta.url).href;
const inlineCssModule = new URL('../scripts/inline-css.js', import.meta.url).href;

const TARGETS = { readyOverParse: 3, searchP95Ms: 16, filterP95Ms: 8, finderP95Ms: 16 };
const MAP_TARGETS = { firstRenderMs: 300, zoomP95Ms: 16 };

interface SizeResult {
  services: number;
  bytes: number;
  generateMs: number;
  load: LoadResult;
  search: SearchResult;
  filters: FilterResult;
  finder: FinderResult;
  map: MapResult;
}

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
// Another build of dist/, inside the repository (e.g. .tmp/dist-before), measured alongside.
const compare = process.env.BENCH_COMPARE;
const SAMPLE = '/data-schema/examples/sample-catalogue.json';
// The README page at these sizes (and the sample), when they are generated.
const README_SIZES = [1000, 20_000];
const sizes = (process.env.BENCH_SIZES ?? '')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

function configFor(services: number, url: string): SizeConfig {
  return {
    url,
    services,
    runs: quick ? 3 : services >= 20_000 ? 5 : 7,
    searchRounds: quick ? 1 : 3,
    filterCombinations: quick ? 50 : 120,
    filterRepetitions: quick ? 1 : 3,
    seed: DEFAULT_SEED,
  };
}

// ---------------------------------------------------------------------------------------------

async function bundlePage(): Promise<void> {
  const { inlineCss } = (await import(inlineCssModule)) as { inlineCss: Plugin };
  await build({
    entryPoints: [join(HERE, 'page.ts')],
    outfile: join(DATA_DIR, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(HERE, '..', 'tsconfig.json'),
    logLevel: 'warning',
    plugins: [inlineCss],
  });
  writeFileSync(
    join(DATA_DIR, 'index.html'),
    '<!doctype html><html lang="cs"><meta charset="utf-8"><title>Pomoc bench</title>' +
      '<script type="module" src="./page.js"></script></html>\n',
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A static server for bench/.data, files kept in memory. Cross-origin isolated for a 5 µs timer. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const files = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalizePath(join(root, path === '/' ? 'index.html' : path));
    let body: Buffer | undefined;
    if (file.startsWith(root + sep)) {
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
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.pomocBench !== undefined, { timeout: 15_000 });
  } catch (cause) {
    throw new Error(`The benchmark page did not start: ${errors.join('; ') || String(cause)}`);
  }
  return page;
}

// ---------------------------------------------------------------------------------------------
// Output

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const pair = (s: Pick<Stats, 'p50' | 'p95'>) => `${ms(s.p50)} / ${ms(s.p95)}`;

function table(results: SizeResult[]): string {
  const header = [
    'services',
    'file MB',
    'JSON.parse ms',
    'fetch ms',
    'ready ms',
    'ready/parse',
    'without fetch',
    'validate ms',
    'index ms',
    'search p50/p95 ms',
    'first typo ms',
    'filter p50/p95 ms',
    'finder keystroke p50/p95 ms',
  ];
  const rows = results.map((r) => [
    r.services.toLocaleString('en-US'),
    (r.bytes / 1e6).toFixed(1),
    ms(r.load.parse.p50),
    ms(r.load.fetch.p50),
    ms(r.load.ready.p50),
    `${(r.load.ready.p50 / r.load.parse.p50).toFixed(1)}×`,
    `${((r.load.ready.p50 - r.load.fetch.p50) / r.load.parse.p50).toFixed(1)}×`,
    ms(r.load.validate.p50),
    ms(r.load.index.p50),
    pair(r.search.typed),
    ms(r.search.firstFuzzyMs),
    pair(r.filters.all),
    pair(r.finder.typed),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd : cell.padStart).call(cell, widths[i])).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mapTable(results: SizeResult[]): string {
  const header = ['services', 'places', 'first render p50/p95 ms', 'zoom p50/p95 ms', 'pan p50/p95 ms', 'most markers'];
  const rows = results.map((r) => [
    r.services.toLocaleString('en-US'),
    r.map.places.toLocaleString('en-US'),
    pair(r.map.firstRender),
    pair(r.map.zoom),
    pair(r.map.pan),
    String(r.map.mostMarkers),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd : cell.padStart).call(cell, widths[i])).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function details(r: SizeResult): string {
  const { load, search, filters } = r;
  const rest = load.ready.p50 - load.fetch.p50 - load.pipelineParse.p50 - load.validate.p50 - load.index.p50;
  return [
    `${r.services.toLocaleString('en-US')} services (${load.organizations} organisations, ${load.locations} locations, ${load.towns} towns):`,
    `  ready ${ms(load.ready.p50)} ms (p95 ${ms(load.ready.p95)}) ≈ fetch ${ms(load.fetch.p50)} + JSON.parse ${ms(load.pipelineParse.p50)} + validate ${ms(load.validate.p50)} + index ${ms(load.index.p50)} + other ${ms(rest)}; without the fetch, ${((load.ready.p50 - load.fetch.p50) / load.parse.p50).toFixed(1)}× JSON.parse`,
    `  typed search: ${search.keystrokes} keystrokes × rounds = ${search.typed.n} samples, median ${search.medianHits} hits; with a filter p50/p95 ${pair(search.typedFiltered)} ms`,
    `  by length of the word being typed: ${search.byWordLength.map((b) => `${b.length}: ${pair(b)}`).join(' · ')}`,
    `  slowest keystrokes (median ms, hits): ${search.slowest
      .slice(0, 5)
      .map((s) => `"${s.text}" ${ms(s.ms)} (${s.hits})`)
      .join(', ')}`,
    `  first typo needing fuzzy matching ("azilovy") on a fresh index ${ms(search.firstFuzzyMs)} ms (builds the Fuse index), then ${ms(search.secondFuzzyMs)} ms`,
    `  filter changes: ${filters.all.n} samples; empty text ${pair(filters.emptyText)} · with text ${pair(filters.withText)} · single ${pair(filters.single)} · combined ${pair(filters.combined)}`,
    `  <pomoc-finder>: first results ${ms(r.finder.firstResults.p50)} ms after it is added (load included); a keystroke to new results laid out ${pair(r.finder.typed)} ms over ${r.finder.typed.n} keystrokes; slowest ${r.finder.slowest.map((s) => `"${s.text}" ${ms(s.ms)}`).join(', ')}`,
    `  slowest filter change: ${filters.slowest[0] ? `${filters.slowest[0].filters} text "${filters.slowest[0].text}" ${ms(filters.slowest[0].ms)} ms (${filters.slowest[0].hits} hits)` : '–'}`,
  ].join('\n');
}

function targets(result: SizeResult | undefined) {
  if (!result) return undefined;
  const ratio = result.load.ready.p50 / result.load.parse.p50;
  const check = (value: number, limit: number) => ({ value, limit, pass: value <= limit });
  return {
    services: result.services,
    readyOverParse: check(ratio, TARGETS.readyOverParse),
    readyWithoutFetchOverParse: (result.load.ready.p50 - result.load.fetch.p50) / result.load.parse.p50,
    searchP95Ms: check(result.search.typed.p95, TARGETS.searchP95Ms),
    filterP95Ms: check(result.filters.all.p95, TARGETS.filterP95Ms),
    finderP95Ms: check(result.finder.typed.p95, TARGETS.finderP95Ms),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const { CHROMIUM_ARGS, ensureChromium } = (await import(chromiumModule)) as ChromiumModule;
  const executablePath = ensureChromium();
  const chosen = sizes.length ? sizes : only === 'page' ? README_SIZES : DEFAULT_SIZES;
  if (only !== 'layer' && !existsSync(join(HERE, '..', 'dist', 'pomoc.iife.js'))) {
    throw new Error('The README page is measured over the built dist/: run `npm run build` first.');
  }

  const generated = chosen.map((services) => {
    const t0 = performance.now();
    const { bytes } = writeCatalogue(services);
    return { services, bytes, generateMs: performance.now() - t0 };
  });
  await bundlePage();
  console.log(
    `Generated ${generated.map((g) => `${g.services} (${(g.bytes / 1e6).toFixed(1)} MB)`).join(', ')} and bundled the page in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );

  const { server, origin } = await serve(DATA_DIR);
  let browser: Browser | undefined;
  try {
    browser = await launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      protocolTimeout: 600_000,
    });
    const chromium = await browser.version();
    const results: SizeResult[] = [];
    let environment: Awaited<ReturnType<NonNullable<Window['pomocBench']>['environment']>> | undefined;

    for (const { services, bytes, generateMs } of only === 'page' ? [] : generated) {
      const page = await openPage(browser, origin);
      environment ??= await page.evaluate(() => window.pomocBench!.environment());
      const config = configFor(services, `${origin}/catalogue-${services}.json`);
      process.stdout.write(`${services} services: load…`);
      const load = await page.evaluate((c) => window.pomocBench!.load(c), config);
      if (load.issues > 0 || load.loadedServices !== services) {
        throw new Error(
          `The generated catalogue of ${services} services is not clean: ${load.issues} issues, ${load.loadedServices} services loaded. ${load.firstIssues.join(' ')}`,
        );
      }
      process.stdout.write(' search…');
      const search = await page.evaluate((c) => window.pomocBench!.search(c), config);
      process.stdout.write(' filters…');
      const filters = await page.evaluate((c) => window.pomocBench!.filters(c), config);
      process.stdout.write(' finder…');
      const finder = await page.evaluate((c) => window.pomocBench!.finder(c), config);
      process.stdout.write(' map…');
      // Zoom without animation, on a desktop-sized viewport (the map is 600 px high).
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.setViewport({ width: 1280, height: 800 });
      const map = await page.evaluate((c) => window.pomocMapBench!.map(c), {
        url: config.url,
        runs: quick ? 3 : 7,
        cycles: quick ? 3 : 10,
      });
      process.stdout.write(' done.\n');
      await page.close();
      results.push({ services, bytes, generateMs, load, search, filters, finder, map });
    }

    let readme: ReadmePageRow[] = [];
    if (only !== 'layer') {
      process.stdout.write('README page:');
      readme = await measureReadmePages(
        browser,
        [
          { name: 'sample', path: SAMPLE },
          ...generated
            .filter((g) => README_SIZES.includes(g.services))
            .map((g) => ({ name: String(g.services), path: `/bench/.data/catalogue-${g.services}.json` })),
        ],
        quick ? 1 : 3,
        (text) => process.stdout.write(text),
        ['/dist', ...(compare ? compare.split(',').map((dir) => `/${dir.trim().replace(/^\/+|\/+$/g, '')}`) : [])],
      );
      process.stdout.write(' done.\n');
    }

    if (readme.length) {
      console.log(
        `\nThe README page over the built dist/ (pomoc.iife.js + elements), from navigation; typing: a word, a second word, a typo; medians:\n`,
      );
      console.log(readmeTable(readme));
    }
    if (results.length === 0) {
      writeFileSync(
        RESULTS_FILE,
        JSON.stringify({ date: new Date().toISOString(), chromium, readmePage: readme }, null, 2) + '\n',
      );
      console.log(`\nWrote ${RESULTS_FILE}.`);
      return;
    }

    console.log(`\nCatalogue layer in headless ${chromium}, ${cpus().length} CPUs (medians unless p50/p95):\n`);
    console.log(table(results));
    console.log('');
    for (const result of results) console.log(details(result));
    console.log(
      `\n<pomoc-map> (viewport 1280 × 800, map 600 px high, no tiles, no animation; medians unless p50/p95):\n`,
    );
    console.log(mapTable(results));

    const largest = results.find((r) => r.services === 20_000) ?? results[results.length - 1];
    const verdict = targets(largest);
    const mapVerdict = largest && {
      firstRenderMs: { value: largest.map.firstRender.p50, limit: MAP_TARGETS.firstRenderMs },
      zoomP95Ms: { value: largest.map.zoom.p95, limit: MAP_TARGETS.zoomP95Ms },
    };
    if (verdict) {
      const mark = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
      console.log(
        `\nTargets at ${verdict.services.toLocaleString('en-US')} services: ` +
          `ready ≤ ${TARGETS.readyOverParse}× JSON.parse: ${verdict.readyOverParse.value.toFixed(1)}× ${mark(verdict.readyOverParse.pass)} ` +
          `(${verdict.readyWithoutFetchOverParse.toFixed(1)}× without the fetch); ` +
          `search p95 ≤ ${TARGETS.searchP95Ms} ms: ${ms(verdict.searchP95Ms.value)} ms ${mark(verdict.searchP95Ms.pass)}; ` +
          `filter p95 ≤ ${TARGETS.filterP95Ms} ms: ${ms(verdict.filterP95Ms.value)} ms ${mark(verdict.filterP95Ms.pass)}; ` +
          `finder keystroke-to-render p95 ≤ ${TARGETS.finderP95Ms} ms: ${ms(verdict.finderP95Ms.value)} ms ${mark(verdict.finderP95Ms.pass)}`,
      );
    }
    if (mapVerdict) {
      const mark = ({ value, limit }: { value: number; limit: number }) =>
        `${ms(value)} ms ${value <= limit ? 'PASS' : 'FAIL'}`;
      console.log(
        `Map targets at ${largest.services.toLocaleString('en-US')} services: ` +
          `first render ≤ ${MAP_TARGETS.firstRenderMs} ms: ${mark(mapVerdict.firstRenderMs)}; ` +
          `zoom update p95 ≤ ${MAP_TARGETS.zoomP95Ms} ms: ${mark(mapVerdict.zoomP95Ms)}`,
      );
    }

    writeFileSync(
      RESULTS_FILE,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            cpus: cpus().length,
            cpuModel: cpus()[0]?.model,
            memoryGB: Math.round(totalmem() / 2 ** 30),
            platform: `${platform()} ${release()}`,
            node: process.version,
            chromium,
            ...environment,
          },
          settings: { quick, seed: DEFAULT_SEED, configs: generated.map((g) => configFor(g.services, '')) },
          targets: { limits: TARGETS, ...verdict, map: { limits: MAP_TARGETS, ...mapVerdict } },
          results,
          readmePage: readme,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nWrote ${RESULTS_FILE} (${((performance.now() - started) / 1000).toFixed(0)} s in all).`);
  } finally {
    await browser?.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error('\nThe benchmark failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
