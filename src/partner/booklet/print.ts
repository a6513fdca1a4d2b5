/**
 * From the booklet's HTML to a PDF: the HTML goes into a folder with its fonts (Noto Sans from
 * @fontsource, OFL-1.1: Czech, Ukrainian and Vietnamese glyphs, embedded in the PDF, nothing taken
 * from the system), Chromium opens it from disk and lays it out with its own paged media, and
 * prints it twice: the first print only tells on which page each target of the contents, guides
 * and indexes landed (the PDF's named destinations, read with pdf.js), the numbers are written into
 * the HTML, and the second print, tagged and with bookmarks, is the booklet. It is read back too:
 * should a number have moved a target, the numbers are written again and printed once more. The
 * same folder is what `--html` leaves for a partner: opened in Chromium it prints the same booklet.
 *
 * Chromium is Debian's (or CHROME_PATH), driven by puppeteer-core: nothing downloads a browser.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fillPageNumbers, pageTargets } from './html.js';

const require = createRequire(import.meta.url);

const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const FONT_WEIGHTS = [400, 700];
export const FONT_DIR = 'fonts';

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

/** Writes the booklet's folder: index.html and its fonts. */
export async function writeHtmlFolder(directory: string, html: string): Promise<string> {
  fonts ??= fontFiles();
  await mkdir(join(directory, FONT_DIR), { recursive: true });
  for (const font of await fonts) await copyFile(font.file, join(directory, FONT_DIR, font.file.split('/').at(-1)!));
  const path = join(directory, 'index.html');
  await writeFile(path, html);
  return path;
}

export interface Layout {
  pages: number;
  /** The page of each target of the contents, guides and indexes, by element id. */
  targets: Map<string, number>;
  /** How many times Chromium printed it: 2, or 3 when a number moved a target. */
  prints: number;
  /** Whether the PDF is tagged (accessible structure): only up to MAX_TAGGED_PAGES. */
  tagged: boolean;
}

export class ChromiumMissingError extends Error {}

/** What the command hears while it waits: each print as it starts and ends. */
export type PrintProgress =
  | { phase: 'print'; print: number; final: boolean; tagged: boolean }
  | { phase: 'printed'; print: number; pages: number; ms: number };

interface Destinations {
  pages: number;
  /** The page (1-based) of each named destination, i.e. of each target some link points at. */
  targets: Map<string, number>;
}

/** The named destinations of a PDF, by the page they are on (pdf.js, no rendering). */
async function destinationsOf(pdf: Uint8Array): Promise<Destinations> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // verbosity 0: errors only, none of its warnings on the command's output.
  const document = await getDocument({ data: pdf, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const refs = new Map<string, number>();
    for (let number = 1; number <= document.numPages; number++) {
      const { ref } = await document.getPage(number);
      if (ref) refs.set(`${ref.num} ${ref.gen}`, number);
    }
    const targets = new Map<string, number>();
    for (const [name, destination] of Object.entries(await document.getDestinations())) {
      const ref = destination?.[0] as { num: number; gen: number } | undefined;
      const page = ref && refs.get(`${ref.num} ${ref.gen}`);
      if (page) targets.set(name, page);
    }
    return { pages: document.numPages, targets };
  } finally {
    await document.destroy();
  }
}

/** The targets whose page in `printed` is not the number written for them. */
function moved(written: ReadonlyMap<string, number>, printed: ReadonlyMap<string, number>): string[] {
  return [...printed].filter(([id, page]) => written.has(id) && written.get(id) !== page).map(([id]) => id);
}

const MAX_PRINTS = 3;

/** How long one call to Chromium may take: a stalled print ends the command instead of hanging it. */
const PRINT_TIMEOUT = 30 * 60_000;

/**
 * The longest booklet printed as a tagged PDF. Measured with QR codes: 1,013 pages tagged in 22 s;
 * 5,032 pages tagged did not finish in 25 minutes (Chromium's renderer idle, the print stalled),
 * while untagged they print in about 5 minutes.
 */
export const MAX_TAGGED_PAGES = 2000;

/**
 * Prints the HTML folder's booklet to `pdfPath` with its page numbers, and writes them into the
 * folder's HTML too. `progress` hears each print start and end.
 */
export async function printBooklet(
  htmlPath: string,
  pdfPath: string,
  progress: (event: PrintProgress) => void,
): Promise<Layout> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  const { default: puppeteer } = await import('puppeteer-core');
  // Printing thousands of pages takes minutes in one call (puppeteer's default gives up at 3).
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, protocolTimeout: PRINT_TIMEOUT });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
    const source = await readFile(htmlPath, 'utf8');
    const wanted = pageTargets(source);
    let tagged = false;
    const print = async (number: number, final: boolean): Promise<{ pdf: Uint8Array; found: Destinations }> => {
      progress({ phase: 'print', print: number, final, tagged: final && tagged });
      const started = Date.now();
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 0 });
      await page.evaluate('document.fonts.ready.then(() => true)');
      if (errors.length) throw new Error(`layout failed: ${errors.join('; ')}`);
      // The first print only counts pages: untagged and without bookmarks it takes half the time.
      const pdf = await page.pdf({
        ...(final ? { path: pdfPath } : {}),
        preferCSSPageSize: true,
        printBackground: true,
        tagged: final && tagged,
        outline: final,
        timeout: 0,
      });
      const found = await destinationsOf(new Uint8Array(pdf));
      progress({ phase: 'printed', print: number, pages: found.pages, ms: Date.now() - started });
      return { pdf, found };
    };

    let { found } = await print(1, false);
    tagged = found.pages <= MAX_TAGGED_PAGES;
    const missing = wanted.filter((id) => !found.targets.has(id));
    if (missing.length) throw new Error(`no page found for ${missing.slice(0, 5).join(', ')}`);
    let numbers = found.targets;
    for (let count = 2; ; count++) {
      await writeFile(htmlPath, fillPageNumbers(source, numbers));
      ({ found } = await print(count, true));
      // Only the first target of each run of pages is still linked; the others did not move if they did not.
      const shifted = moved(numbers, found.targets);
      if (!shifted.length) return { pages: found.pages, targets: numbers, prints: count, tagged };
      if (count === MAX_PRINTS) {
        throw new Error(`the page numbers did not settle (${shifted.slice(0, 5).join(', ')} moved)`);
      }
      numbers = new Map([...numbers, ...found.targets]);
    }
  } finally {
    await browser.close();
  }
}
