/**
 * From the booklet's HTML to a PDF: the HTML goes into a folder with its fonts (Noto Sans from
 * @fontsource, OFL-1.1: Czech, Ukrainian and Vietnamese glyphs, embedded in the PDF, nothing taken
 * from the system) and the paged-media polyfill (Paged.js), Chromium opens it from disk, Paged.js
 * lays it out into pages, and Chromium prints it as a tagged PDF. The same folder is what
 * `--html` leaves for a partner: opened in Chromium it shows the pages and prints the same booklet.
 *
 * Chromium is Debian's (or CHROME_PATH), driven by puppeteer-core: nothing downloads a browser.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const FONT_WEIGHTS = [400, 700];
export const FONT_DIR = 'fonts';
export const PAGED_SCRIPT = 'paged.polyfill.min.js';

// Where browser tests and the benchmark look too (scripts/chromium.js), for the same machines.
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// Needed as root and on a machine whose only network is its package registries.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary: CHROME_PATH, else the usual places; undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

interface FontFile {
  file: string;
  css: string;
}

/** The @font-face rules of the subsets and weights the booklet uses, pointing at fonts/. */
async function fontFiles(): Promise<FontFile[]> {
  const root = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  const files: FontFile[] = [];
  for (const weight of FONT_WEIGHTS) {
    const css = await readFile(join(root, `${weight}.css`), 'utf8');
    for (const block of css.split('/* ').slice(1)) {
      const name = block.slice(0, block.indexOf(' */'));
      const subset = name.replace(/^noto-sans-/, '').replace(/-\d+-normal$/, '');
      if (!FONT_SUBSETS.includes(subset)) continue;
      const file = `${name}.woff2`;
      const range = /unicode-range: ([^;]+);/.exec(block)?.[1];
      files.push({
        file: join(root, 'files', file),
        css: `@font-face { font-family: 'Noto Sans'; font-style: normal; font-weight: ${weight}; src: url(${FONT_DIR}/${file}) format('woff2');${range ? ` unicode-range: ${range};` : ''} }`,
      });
    }
  }
  return files;
}

let fonts: Promise<FontFile[]> | undefined;

export async function fontFaceCss(): Promise<string> {
  fonts ??= fontFiles();
  return (await fonts).map((font) => font.css).join('\n');
}

/** Writes the booklet's folder: index.html, its fonts and the polyfill. */
export async function writeHtmlFolder(directory: string, html: string): Promise<string> {
  fonts ??= fontFiles();
  await mkdir(join(directory, FONT_DIR), { recursive: true });
  for (const font of await fonts) await copyFile(font.file, join(directory, FONT_DIR, font.file.split('/').at(-1)!));
  // The package exports only its modules; the polyfill sits beside them in dist/.
  const paged = join(dirname(require.resolve('pagedjs')), '..', 'dist', PAGED_SCRIPT);
  await copyFile(paged, join(directory, PAGED_SCRIPT));
  const path = join(directory, 'index.html');
  await writeFile(path, html);
  return path;
}

export interface Layout {
  pages: number;
  /** The page of each entry, by element id. */
  entries: Record<string, number>;
  /** The page of each target of the contents and indexes, by element id. */
  targets: Record<string, number>;
}

export class ChromiumMissingError extends Error {}

/** A page number or list as written into the HTML (html.ts): the text between the tags. */
const PLACEHOLDER = /(<span class="num" data-pages-of="[^"]*">)([^<]*)(<\/span>)/g;

async function layOut(page: import('puppeteer-core').Page, htmlPath: string, errors: string[]): Promise<Layout> {
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 0 });
  await page.waitForFunction('window.pomocBooklet !== undefined || window.pomocBookletFailed', {
    timeout: 0,
    polling: 500,
  });
  const layout = (await page.evaluate('window.pomocBooklet')) as Layout | undefined;
  if (!layout || errors.length) throw new Error(`layout failed: ${errors.join('; ') || 'no result'}`);
  return layout;
}

/**
 * Lays the HTML folder out in Chromium and prints it to `pdfPath`. `progress` hears the number of
 * pages laid out so far.
 */
export async function printBooklet(
  htmlPath: string,
  pdfPath: string,
  progress: (pages: number) => void,
): Promise<Layout> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      const match = /^pomoc-booklet-pages (\d+)$/.exec(message.text());
      if (match) progress(Number(match[1]));
    });
    page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
    let layout = await layOut(page, htmlPath, errors);
    // The page numbers were laid out as placeholders, one per entry; "12–14" takes less room than
    // "000, 000, 000", which left the indexes with half-empty pages. Once more with the numbers
    // themselves in the HTML: the entries keep their pages, the indexes close up.
    const numbers = (await page.evaluate(
      "Array.from(document.querySelectorAll('[data-pages-of]'), (element) => element.textContent)",
    )) as string[];
    const source = await readFile(htmlPath, 'utf8');
    let next = 0;
    const filled = source.replace(PLACEHOLDER, (_match, start: string, _old: string, end: string) =>
      [start, numbers[next++] ?? '', end].join(''),
    );
    if (next === numbers.length && filled.length < source.length) {
      await writeFile(htmlPath, filled);
      const second = await layOut(page, htmlPath, errors);
      if (JSON.stringify(second.targets) !== JSON.stringify(layout.targets)) {
        // The entries moved (they should not): the pass that laid out the final text counts.
        layout = await layOut(page, htmlPath, errors);
      } else layout = second;
    }
    await page.pdf({
      path: pdfPath,
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: 0,
    });
    return layout;
  } finally {
    await browser.close();
  }
}
