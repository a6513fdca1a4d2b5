// `npm run size`: what a town's page really loads. Opens pages in headless Chromium over the built
// dist/ (run `npm run build` first; `npm test` does), written as the README tells a webmaster —
// pomoc.iife.js and the elements — and with the ES entries, and counts every JavaScript byte
// (gzip) the page fetched until every widget shows its first results: finder only, navigator
// only, map only, finder + map, all three. Prints a table, writes bench/size.json, and exits 1
// when the README snippet goes over a budget.
//
// Two lines per README page: the target of issue #16 (finder ≤ 45 kB, navigator ≤ 40 kB,
// finder + map ≤ 100 kB, Leaflet included) and the budget enforced now, a ceiling a little above
// today's size so that nothing grows unnoticed while the rest of the way (see bench/README.md) is
// done. When a target is met, its budget becomes the target.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.js';
import { gzipSize, openUntilReady, pageHtml, ROOT, serveRepository } from './page-load.js';

const kB = 1024;
// The README snippet; Leaflet (JS and CSS) included in the map's.
const TARGETS = { finder: 45 * kB, navigator: 40 * kB, 'finder + map': 100 * kB };
// Which small chunks (the bundler's runtime, 0.2 kB; the IndexedDB cache, 0.5 kB) arrive before the
// first results varies from run to run: a budget leaves room for them. The catalogue worker's
// files count (≈ 14.5 kB that only it fetches; the page's own main thread now parses ≈ 46 kB of a
// finder page): +3–4 kB over the budgets before it, its messages and the chunks it shares.
// The map's Leaflet is only the parts it uses (src/widgets/map/leaflet.ts, ≈ 33.5 kB of JS, and
// 1.7 kB of its CSS, where the whole of Leaflet was 40.4 + 6.3 kB): finder + map 115.5 → 103.3 kB;
// a service area's shapes load when asked for (leaflet-area.ts): 97.3 kB, the target met, which is
// now its budget. The navigator's first results (its life situations) wait for no search index:
// the index's code (≈ 4.7 kB) comes once the browser is idle after them; its budget is its
// 40.2–40.4 kB + 1.5 kB. What every widget loads first is two files, not ≈ 14 (vite.config.ts), and
// pomoc.iife.js imports the widget's chunk, not the entry that re-exports it: 50.7 → 48.1, 40.3 →
// 38.1, 97.7 → 95.0 kB; the navigator's target met, now its budget. A finder's first results (every
// service by name) wait for no search index either: 48.1 → 43.9 kB, its target met, now its budget.
// The files counted are those the page's resource timing had at the first results (page-load.js).
const BUDGETS = { finder: 45 * kB, navigator: 40 * kB, 'finder + map': 100 * kB };
const PAGES = [['finder'], ['navigator'], ['map'], ['finder', 'map'], ['finder', 'navigator', 'map']];
const SAMPLE = '/data-schema/examples/sample-catalogue.json';

const kb = (bytes) => `${(bytes / kB).toFixed(1)} kB`;

const { served, page, close } = await serveRepository();
const browser = await launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
const results = [];
let failed = false;
try {
  for (const mode of ['classic', 'es']) {
    for (const widgets of PAGES) {
      const name = widgets.join(' + ');
      const url = page(`${mode}-${widgets.join('-')}`, pageHtml({ mode, widgets, src: SAMPLE }));
      const result = await openUntilReady(browser, served, url);
      // What the page goes on to load once its first results are there (the finder's search words
      // and Czech towns, while the browser is idle), for the whole picture.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const idleGzip = result.jsGzipSoFar();
      await result.context.close();
      if (result.errors.length) throw new Error(`${name} (${mode}): ${result.errors.join('; ')}`);
      const budget = mode === 'classic' ? BUDGETS[name] : undefined;
      const target = mode === 'classic' ? TARGETS[name] : undefined;
      const pass = budget === undefined || result.jsGzip <= budget;
      failed ||= !pass;
      const targetMet = target === undefined ? undefined : result.jsGzip <= target;
      results.push({
        mode,
        page: name,
        jsGzip: result.jsGzip,
        workerGzip: result.workerGzip,
        idleGzip,
        budget,
        pass,
        target,
        targetMet,
        files: result.js,
      });
    }
  }
} finally {
  await browser.close();
  await close();
}

const label = { classic: 'README snippet (pomoc.iife.js)', es: 'ES entries (dist/pomoc-*.js)' };
console.log(
  'JavaScript fetched until the first results (gzip, each file once), sample catalogue, built dist/; of it, what only the catalogue worker fetched:\n',
);
console.log(
  `${'page'.padEnd(58)} ${'JS gzip'.padStart(9)} ${'worker'.padStart(8)} ${'files'.padStart(5)} ${'5 s later'.padStart(9)}  budget (enforced) · target (#16)`,
);
for (const r of results) {
  const verdict =
    r.budget === undefined
      ? ''
      : `≤ ${kb(r.budget)} ${r.pass ? 'PASS' : 'FAIL'} · ≤ ${kb(r.target)} ${r.targetMet ? 'met' : 'not met yet'}`;
  console.log(
    `${`${label[r.mode]}: ${r.page}`.padEnd(58)} ${kb(r.jsGzip).padStart(9)} ${kb(r.workerGzip).padStart(8)} ${String(r.files.length).padStart(5)} ${kb(r.idleGzip).padStart(9)}  ${verdict}`,
  );
}
const all = gzipSize(readFileSync(`${ROOT}/dist/pomoc.all.iife.js`));
console.log(`\neverything in one classic file (pomoc.all.iife.js, no budget): ${kb(all)}`);
const finder = results.find((r) => r.mode === 'classic' && r.page === 'finder');
console.log(
  `files of the README finder page: ${finder.files.map((f) => `${f.path.replace('/dist/', '')}${f.worker ? ' (worker)' : ''} ${kb(f.gzip)}`).join(', ')}`,
);
mkdirSync(`${ROOT}/bench`, { recursive: true });
writeFileSync(
  `${ROOT}/bench/size.json`,
  JSON.stringify(
    { date: new Date().toISOString(), budgets: BUDGETS, targets: TARGETS, allInOne: all, results },
    null,
    2,
  ) + '\n',
);
console.log('Wrote bench/size.json.');
process.exit(failed ? 1 : 0);
