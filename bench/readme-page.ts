/**
 * The benchmark's README-page part: the built dist/ on pages written as the README tells a
 * webmaster (pomoc.iife.js and the elements), for the sample catalogue and the generated ones.
 * For each: time from navigation to the first results, the main thread's longest task and total
 * blocking time while loading (until a second after the first results), then the same while a resident types into the finder (a word, a
 * typo, a second word). A bare page that fetches and JSON.parses the same file, in the same run,
 * gives the yardstick of the first-results target. Run by bench/run.ts after `npm run build`.
 *
 * With another build to compare (BENCH_COMPARE=.tmp/dist-before: main's dist/ copied there), the
 * runs of the two builds alternate, so that a busy machine slows both alike.
 */
import type { Browser, Page } from 'puppeteer-core';

// scripts/page-load.js is plain JavaScript without type declarations.
interface Blocking {
  longestTaskMs: number;
  totalBlockingMs: number;
  longTasks: number;
}
interface Opened {
  page: Page;
  context: { close(): Promise<void> };
  errors: string[];
  readyMs: number;
  jsGzip: number;
  load: Blocking;
}
interface PageLoadModule {
  serveRepository(): Promise<{
    origin: string;
    served: unknown[];
    page(name: string, html: string): string;
    close(): Promise<void>;
  }>;
  pageHtml(options: { mode: 'classic' | 'es'; widgets: string[]; src: string; dist?: string }): string;
  openUntilReady(
    browser: Browser,
    served: unknown[],
    url: string,
    options?: { timeout?: number; settleMs?: number },
  ): Promise<Opened>;
  blocking(tasks: { start: number; duration: number }[], from?: number, to?: number): Blocking;
}
/** How long after the first results the page's loading is still counted. */
const SETTLE_MS = 1000;
const pageLoadModule = new URL('../scripts/page-load.js', import.meta.url).href;

export interface ReadmePageRow {
  /** The built files measured, from the repository's root: /dist, or another build compared. */
  dist: string;
  catalogue: string;
  page: string;
  runs: number;
  /** Medians over the runs. */
  firstResultsMs: number;
  jsGzip: number;
  load: Blocking;
  typing: Blocking;
  /** A bare page: fetch + JSON.parse of the same file, from navigation. */
  bareFetchParseMs: number;
}

const TYPED = ['pecovatelska', ' sluzba', '\b'.repeat(19), 'azilovy dum'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Types into the finder's search field as a resident would (150 ms a key); long tasks meanwhile. */
async function typing(page: Page, blocking: PageLoadModule['blocking']): Promise<Blocking> {
  const field = await page.evaluateHandle(
    () => document.querySelector('pomoc-finder')!.shadowRoot!.querySelector('#q') as HTMLInputElement,
  );
  await (field as unknown as { focus(): Promise<void> }).focus();
  const from = await page.evaluate(() => performance.now());
  for (const text of TYPED) {
    for (const key of text) await page.keyboard.press(key === '\b' ? 'Backspace' : (key as never), { delay: 10 });
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  // The last search's results and any fuzzy matching loaded for the typo.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const typed = await page.evaluate((input) => (input as HTMLInputElement).value, field);
  if (typed !== 'azilovy dum') throw new Error(`Typing reached the wrong field: the finder's field holds "${typed}"`);
  const tasks = await page.evaluate(
    () =>
      (window as unknown as { __pomocProbe: { longTasks: { start: number; duration: number }[] } }).__pomocProbe
        .longTasks,
  );
  return blocking(tasks, from);
}

/** The bare page: navigation to a fetched and parsed catalogue, nothing else. */
async function bare(browser: Browser, pageUrl: string): Promise<number> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as { parsedAt?: number }).parsedAt !== undefined, {
    timeout: 60_000,
  });
  const at = await page.evaluate(() => (window as unknown as { parsedAt: number }).parsedAt);
  await context.close();
  return at;
}

type Sample = { ready: number; js: number; load: Blocking; typing: Blocking; bare: number };

export async function measureReadmePages(
  browser: Browser,
  catalogues: { name: string; path: string }[],
  runs: number,
  log: (text: string) => void,
  dists: string[] = ['/dist'],
): Promise<ReadmePageRow[]> {
  const { serveRepository, pageHtml, openUntilReady, blocking } = (await import(pageLoadModule)) as PageLoadModule;
  const server = await serveRepository();
  const rows: ReadmePageRow[] = [];
  try {
    for (const { name, path } of catalogues) {
      const bareUrl = server.page(
        `bare-${name}`,
        `<!doctype html><meta charset="utf-8"><title>fetch + parse</title><script type="module">` +
          `const r = await fetch(${JSON.stringify(path)}); JSON.parse(await r.text()); window.parsedAt = performance.now();` +
          `</script>`,
      );
      for (const widgets of [['finder'], ['finder', 'map']]) {
        const label = widgets.join(' + ');
        log(` ${name} ${label}…`);
        const samples = new Map<string, Sample[]>(dists.map((dist) => [dist, []]));
        for (let run = 0; run < runs; run++) {
          // Builds alternate run by run: a busy machine slows them alike.
          for (const [n, dist] of dists.entries()) {
            const url = server.page(
              `readme-${name}-${widgets.join('-')}-${n}`,
              pageHtml({ mode: 'classic', widgets, src: path, dist }),
            );
            const bareMs = await bare(browser, bareUrl);
            // Loading lasts until a second after the first results: what follows them at once
            // (the rest of the first render, a linked map's markers, the last good copy written)
            // is part of it.
            const opened = await openUntilReady(browser, server.served, url, {
              timeout: 120_000,
              settleMs: SETTLE_MS,
            });
            try {
              if (opened.errors.length) throw new Error(`${name} ${label}: ${opened.errors.join('; ')}`);
              samples.get(dist)!.push({
                ready: opened.readyMs,
                js: opened.jsGzip,
                load: opened.load,
                typing: await typing(opened.page, blocking),
                bare: bareMs,
              });
            } finally {
              await opened.context.close();
            }
          }
        }
        for (const dist of dists) rows.push(summary(dist, name, label, runs, samples.get(dist)!));
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

function summary(dist: string, catalogue: string, page: string, runs: number, samples: Sample[]): ReadmePageRow {
  const mid = (pick: (s: Sample) => number) => median(samples.map(pick));
  const blockingOf = (pick: (s: Sample) => Blocking): Blocking => ({
    longestTaskMs: mid((s) => pick(s).longestTaskMs),
    totalBlockingMs: mid((s) => pick(s).totalBlockingMs),
    longTasks: mid((s) => pick(s).longTasks),
  });
  return {
    dist,
    catalogue,
    page,
    runs,
    firstResultsMs: mid((s) => s.ready),
    jsGzip: mid((s) => s.js),
    load: blockingOf((s) => s.load),
    typing: blockingOf((s) => s.typing),
    bareFetchParseMs: mid((s) => s.bare),
  };
}

const ms = (value: number) => value.toFixed(0);

export function readmeTable(rows: ReadmePageRow[]): string {
  const header = [
    'build',
    'catalogue',
    'page (README snippet)',
    'JS kB gz',
    'first results ms',
    'fetch+parse ms',
    'load: longest / TBT ms',
    'typing: longest / TBT ms',
  ];
  const cells = rows.map((r) => [
    r.dist.replace(/^\//, ''),
    r.catalogue,
    r.page,
    (r.jsGzip / 1024).toFixed(1),
    ms(r.firstResultsMs),
    ms(r.bareFetchParseMs),
    `${ms(r.load.longestTaskMs)} / ${ms(r.load.totalBlockingMs)}`,
    `${ms(r.typing.longestTaskMs)} / ${ms(r.typing.totalBlockingMs)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
