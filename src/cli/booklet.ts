/**
 * `pomoc booklet <catalogue|url> -o katalog.pdf [--html dir/]`: the printed catalogue of providers
 * from the same JSON the widgets show, laid out and printed by Chromium's own paged media (see
 * partner/booklet/). Written whole or not at all: the PDF and the folder are made beside their
 * targets and renamed into place only when complete.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import { textIn } from '../catalogue/text.js';
import { sectionsOf, selectServices, unknownFilterCodes, type BookletFilter } from '../partner/booklet/content.js';
import { fillPageNumbers, renderBooklet } from '../partner/booklet/html.js';
import {
  ChromiumMissingError,
  fontFaceCss,
  printBooklet,
  writeHtmlFolder,
  type Layout,
  type PrintProgress,
} from '../partner/booklet/print.js';
import { BOOKLET_LANGS, type BookletLang } from '../partner/booklet/texts.js';
import { commandArgs, count, isUrl, optionList, readCatalogueSource, seconds, usageError, type Io } from './shared.js';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc booklet <katalog|url> -o <katalog.pdf> [--html <adresář>] [volby]

Vysází z katalogu tištěný katalog poskytovatelů (PDF): obálka, jak katalog používat, krizové
linky, obsah, služby podle skupin a druhů zákona č. 108/2006 Sb. a související služby,
návody „Co dělat, když…“ a rejstříky poskytovatelů a obcí s čísly stran. Utajené adresy se
nikdy netisknou. PDF tiskne Chromium (Debian: apt-get install chromium, nebo CHROME_PATH).

  -o, --output <soubor.pdf>   kam PDF zapsat
  --html <adresář>            zapíše i HTML, ze kterého se tiskne (s písmy; lze jen je, bez Chromia,
                              pak ale bez čísel stran v obsahu a rejstřících)
  --format A5|A4              formát stránky (výchozí A5)
  --lang cs|en|uk             jazyk katalogu (texty katalogu v tomto jazyce, kde jsou)
  --filter type=<kód>         jen druhy služeb (kód druhu, nebo counselling, care, prevention, related)
  --filter group=<kód>        jen cílové skupiny (např. seniori)
  --filter town=<obec>        jen služby v obci nebo pro obec (např. town=Mirošov)
  --title <text>              název na obálce (výchozí název katalogu)
  --logo <soubor>             logo na obálku (PNG, JPEG nebo SVG)
  --accent <#rrggbb>          barva linek a pruhů (text zůstává černý)
  --finder-url <url>          stránka obce s vyhledávačem <pomoc-finder>: ke každé službě kód QR
  --finder-id <id>            id prvku <pomoc-finder> na té stránce, má-li nějaké (výchozí finder)

Kód ukončení: 0 zapsáno, 1 katalog je neplatný nebo nic nevyhovuje (nebo byly vynechány vadné záznamy),
2 chybné použití, nečitelný soubor nebo chybí Chromium.`,
    missingSource: 'Chybí soubor nebo adresa katalogu.',
    missingOutput: 'Zadejte -o <katalog.pdf>, --html <adresář>, nebo obojí.',
    badFormat: (value: string) => `Neznámý formát „${value}“: A5 nebo A4.`,
    badLang: (value: string) => `Neznámý jazyk „${value}“: cs, en nebo uk.`,
    badFilter: (value: string) => `Neplatný filtr „${value}“: type=<kód>, group=<kód> nebo town=<obec>.`,
    unknownCodes: (kind: string, codes: string[]) => `Neznámé kódy (${kind}): ${codes.join(', ')}. Kódy jsou v src/catalogue/codelists.ts a v README.`,
    badAccent: (value: string) => `Neplatná barva --accent „${value}“: #rgb nebo #rrggbb.`,
    badUrl: (value: string) => `--finder-url „${value}“ není webová adresa (https://…).`,
    badFinderId: (value: string) => `--finder-id „${value}“: jen písmena, číslice, - a _.`,
    badLogo: (value: string, reason: string) => `Logo „${value}“ nelze použít: ${reason}.`,
    logoType: 'jen PNG, JPEG nebo SVG', logoSize: 'soubor je větší než 2 MB',
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    notCatalogue: (source: string) => `${source}: není katalog Pomoc.`,
    nothing: 'Výběru nevyhovuje žádná služba; nic nebylo zapsáno.',
    noChromium: 'Chromium nenalezeno: nainstalujte ho (Debian: sudo apt-get install chromium) nebo nastavte CHROME_PATH. Nic nebylo zapsáno. (HTML bez Chromia: --html <adresář> bez -o.)',
    print: (print: number, final: boolean, tagged: boolean) => final ? `… tisk ${print} s čísly stran${tagged ? '' : ' (PDF bez struktury pro čtečky: tolik stran ji Chromium nezvládne)'}` : `… tisk ${print}: kde je která služba`,
    printed: (pages: number, ms: number) => `… ${count(pages, 'cs')} stran za ${seconds(ms, 'cs')} s`,
    started: (services: number) => `Sázím ${count(services, 'cs')} služeb…`,
    large: (services: number) => `Pozor: ${count(services, 'cs')} služeb je na tištěný katalog mnoho a sazba potrvá minuty (5 000 služeb asi 10 minut); zvažte katalog pro oblast: --filter town=… nebo --filter type=….`,
    failed: (message: string) => `Sazba nebo zápis selhaly, nic nebylo zapsáno: ${message}`,
    writtenPdf: (pages: number, path: string) => `Zapsáno: ${path} (${count(pages, 'cs')} stran)`,
    writtenHtml: (path: string) => `Zapsáno: ${path} (HTML, otevřete v Chromiu a vytiskněte)`,
    summary: (entries: number, sections: number, guides: number, ms: number) =>
      `Obsah: ${count(entries, 'cs')} služeb v ${sections} druzích, ${guides} návodů „Co dělat, když…“; ${seconds(ms, 'cs')} s.`,
    inactive: (n: number) => `Vynecháno jako neaktivní (${n}):`,
    filteredOut: (n: number) => `Vynecháno filtrem: ${count(n, 'cs')} služeb.`,
    dropped: (n: number) => `Vynecháno, protože záznam neprošel kontrolou (${n}; opravte: pomoc validate):`,
  },
  en: {
    usage: `Usage:
  pomoc booklet <catalogue|url> -o <catalogue.pdf> [--html <dir>] [options]

Typesets the printed catalogue of providers (PDF) from a catalogue: cover, how to use it, crisis
lines, contents, services by the groups and types of Act 108/2006 and the related services,
"what to do when…" guides, and indexes of providers and towns with page numbers. Hidden
addresses are never printed. Chromium prints the PDF (Debian: apt-get install chromium, or CHROME_PATH).

  -o, --output <file.pdf>     where to write the PDF
  --html <dir>                also write the HTML it prints from (with fonts; alone, no Chromium needed,
                              but then without the page numbers of the contents and indexes)
  --format A5|A4              page size (default A5)
  --lang cs|en|uk             booklet language (catalogue texts in it where given)
  --filter type=<code>        only these service types (a type code, or counselling, care, prevention, related)
  --filter group=<code>       only these target groups (e.g. seniori)
  --filter town=<town>        only services in or for a town (e.g. town=Mirošov)
  --title <text>              title on the cover (default: the catalogue's)
  --logo <file>               a logo for the cover (PNG, JPEG or SVG)
  --accent <#rrggbb>          colour of rules and bars (text stays black)
  --finder-url <url>          the town's page with <pomoc-finder>: a QR code for each service
  --finder-id <id>            the id of that <pomoc-finder> element, if it has one (default finder)

Exit code: 0 written, 1 the catalogue is invalid or nothing matches (or invalid records were left out),
2 usage error, unreadable file or no Chromium.`,
    missingSource: 'Give the file or URL of a catalogue.',
    missingOutput: 'Give -o <catalogue.pdf>, --html <dir>, or both.',
    badFormat: (value: string) => `Unknown format "${value}": A5 or A4.`,
    badLang: (value: string) => `Unknown language "${value}": cs, en or uk.`,
    badFilter: (value: string) => `Invalid filter "${value}": type=<code>, group=<code> or town=<town>.`,
    unknownCodes: (kind: string, codes: string[]) => `Unknown codes (${kind}): ${codes.join(', ')}. The codes are in src/catalogue/codelists.ts and the README.`,
    badAccent: (value: string) => `Invalid --accent colour "${value}": #rgb or #rrggbb.`,
    badUrl: (value: string) => `--finder-url "${value}" is not a web address (https://…).`,
    badFinderId: (value: string) => `--finder-id "${value}": letters, digits, - and _ only.`,
    badLogo: (value: string, reason: string) => `Cannot use the logo "${value}": ${reason}.`,
    logoType: 'PNG, JPEG or SVG only', logoSize: 'the file is larger than 2 MB',
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    notCatalogue: (source: string) => `${source}: not a Pomoc catalogue.`,
    nothing: 'No service matches; nothing was written.',
    noChromium: 'No Chromium found: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH. Nothing was written. (HTML without Chromium: --html <dir> without -o.)',
    print: (print: number, final: boolean, tagged: boolean) => final ? `… print ${print} with the page numbers${tagged ? '' : ' (an untagged PDF: Chromium cannot tag so many pages)'}` : `… print ${print}: where each service lands`,
    printed: (pages: number, ms: number) => `… ${count(pages, 'en')} pages in ${seconds(ms, 'en')} s`,
    started: (services: number) => `Typesetting ${count(services, 'en')} services…`,
    large: (services: number) => `Note: ${count(services, 'en')} services are a lot for a printed booklet and it will take minutes (5,000 services about 10); consider one for an area: --filter town=… or --filter type=….`,
    failed: (message: string) => `Typesetting or writing failed, nothing was written: ${message}`,
    writtenPdf: (pages: number, path: string) => `Written: ${path} (${count(pages, 'en')} pages)`,
    writtenHtml: (path: string) => `Written: ${path} (HTML: open it in Chromium and print)`,
    summary: (entries: number, sections: number, guides: number, ms: number) =>
      `Contents: ${count(entries, 'en')} services in ${sections} types, ${guides} "what to do when…" guides; ${seconds(ms, 'en')} s.`,
    inactive: (n: number) => `Left out as inactive (${n}):`,
    filteredOut: (n: number) => `Left out by the filter: ${count(n, 'en')} services.`,
    dropped: (n: number) => `Left out because the record failed the check (${n}; fix: pomoc validate):`,
  },
};

/** More services than a printed booklet of an area has; above it the layout takes long. */
const LARGE_BOOKLET = 1000;

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** `type=care,prevention` → the filter's lists; undefined for a malformed value. */
function parseFilters(values: string[]): BookletFilter | string {
  const filter: BookletFilter = { types: [], targetGroups: [], towns: [] };
  for (const value of values) {
    const match = /^\s*(type|group|town)\s*=\s*(.+)$/.exec(value);
    if (!match) return value;
    const list = optionList([match[2]]);
    if (match[1] === 'type') filter.types.push(...list);
    else if (match[1] === 'group') filter.targetGroups.push(...list);
    else filter.towns.push(...list);
  }
  return filter;
}

/** The link that opens a service in the town's finder: its name as the query, its detail open. */
export function finderLink(base: string, finderId: string, serviceId: string, name: string): string {
  const url = new URL(base);
  url.searchParams.set(`${finderId}.q`, name);
  url.searchParams.set(`${finderId}.detail`, serviceId);
  return url.href;
}

/**
 * The dark modules of a QR code as one SVG path, a rectangle per run in a row. The booklet draws it
 * inline: as SVG `data:` images (the library's toString) every code was a separate SVG document in
 * Chromium's renderer, which at 1,000 services made loading six times slower and printing twice.
 */
export function qrPath(size: number, data: ArrayLike<number>): string {
  const runs: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size;) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return runs.join('');
}

const tempName = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export async function bookletCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'booklet',
    {
      output: { type: 'string', short: 'o' },
      html: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      filter: { type: 'string', multiple: true },
      title: { type: 'string' },
      logo: { type: 'string' },
      accent: { type: 'string' },
      'finder-url': { type: 'string' },
      'finder-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    t.usage,
    io,
  );
  if (typeof args === 'number') return args;
  const { values, source } = args;
  const usage = (message: string) => usageError(io, t.usage, message);
  if (!source) return usage(t.missingSource);
  if (!values.output && !values.html) return usage(t.missingOutput);
  const format = (values.format ?? 'A5').toUpperCase();
  if (format !== 'A5' && format !== 'A4') return usage(t.badFormat(values.format!));
  const bookletLang = (values.lang ?? 'cs') as BookletLang;
  if (!BOOKLET_LANGS.includes(bookletLang)) return usage(t.badLang(values.lang!));
  const filter = parseFilters(values.filter ?? []);
  if (typeof filter === 'string') return usage(t.badFilter(filter));
  const unknown = unknownFilterCodes(filter);
  if (unknown.types.length) return usage(t.unknownCodes('type', unknown.types));
  if (unknown.targetGroups.length) return usage(t.unknownCodes('group', unknown.targetGroups));
  if (values.accent && !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(values.accent)) return usage(t.badAccent(values.accent));
  const finderUrl = values['finder-url'];
  if (finderUrl && !isUrl(finderUrl)) return usage(t.badUrl(finderUrl));
  const finderId = values['finder-id'] ?? 'finder';
  if (!/^[A-Za-z0-9_-]+$/.test(finderId)) return usage(t.badFinderId(finderId));

  let logo: string | undefined;
  if (values.logo) {
    const type = LOGO_TYPES[extname(values.logo).toLowerCase()];
    if (!type) return usage(t.badLogo(values.logo, t.logoType));
    try {
      const bytes = await readFile(values.logo);
      if (bytes.length > 2e6) return usage(t.badLogo(values.logo, t.logoSize));
      logo = `data:${type};base64,${bytes.toString('base64')}`;
    } catch (error) {
      io.err(t.unreadable(values.logo, (error as Error).message));
      return 2;
    }
  }

  const catalogue = await readCatalogueSource(source, t, io);
  if (typeof catalogue === 'number') return catalogue;

  const started = Date.now();
  const selection = selectServices(catalogue, filter);
  if (!selection.services.length) {
    io.err(t.nothing);
    return 1;
  }
  const groups = sectionsOf(catalogue, selection.services, bookletLang);
  let qr: Map<string, { url: string; size: number; path: string }> | undefined;
  if (finderUrl) {
    qr = new Map();
    for (const service of selection.services) {
      const url = finderLink(
        finderUrl,
        finderId,
        service.id,
        textIn(service.name, bookletLang, catalogue.meta.language),
      );
      const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
      qr.set(service.id, { url, size: code.modules.size, path: qrPath(code.modules.size, code.modules.data) });
    }
  }
  const html = renderBooklet(catalogue, selection, groups, {
    lang: bookletLang,
    format,
    title: values.title,
    logo,
    accent: values.accent,
    qr,
    fontFaces: await fontFaceCss(),
  });

  io.err(t.started(selection.services.length));
  // Minutes, not seconds (see README): say so before waiting.
  if (values.output && selection.services.length > LARGE_BOOKLET) io.err(t.large(selection.services.length));
  const work = await mkdtemp(join(tmpdir(), 'pomoc-booklet-'));
  const pdfTemp = values.output ? tempName(resolve(values.output)) : undefined;
  let layout: Layout | undefined;
  try {
    // Without a print the page numbers are unknown: the HTML alone goes without them.
    const htmlPath = await writeHtmlFolder(work, values.output ? html : fillPageNumbers(html, new Map()));
    if (values.output) {
      layout = await printBooklet(htmlPath, pdfTemp!, (event: PrintProgress) =>
        io.err(
          event.phase === 'print' ? t.print(event.print, event.final, event.tagged) : t.printed(event.pages, event.ms),
        ),
      );
    }
    if (values.html) await replaceDirectory(work, resolve(values.html));
    if (values.output) await rename(pdfTemp!, resolve(values.output));
  } catch (error) {
    if (pdfTemp) await rm(pdfTemp, { force: true });
    if (error instanceof ChromiumMissingError) {
      io.err(t.noChromium);
      return 2;
    }
    io.err(t.failed((error as Error).message));
    return 2;
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  if (values.html) io.out(t.writtenHtml(join(values.html, 'index.html')));
  if (values.output) io.out(t.writtenPdf(layout!.pages, values.output));
  const types = groups.reduce((sum, group) => sum + group.types.length, 0);
  io.out(t.summary(selection.services.length, types, selection.situations.length, Date.now() - started));
  if (selection.filteredOut) io.out(t.filteredOut(selection.filteredOut));
  if (selection.inactive.length) {
    io.out(t.inactive(selection.inactive.length));
    for (const service of selection.inactive) {
      io.out(`  − ${service.id}: ${textIn(service.name, bookletLang, catalogue.meta.language)}`);
    }
  }
  if (selection.dropped.length) {
    io.out(t.dropped(selection.dropped.length));
    for (const issue of selection.dropped) io.out(`  ✗ ${formatIssue(issue, lang)}`);
    return 1;
  }
  return 0;
}

/** Puts the finished folder at `target`, replacing what was there only once it is complete. */
async function replaceDirectory(finished: string, target: string): Promise<void> {
  const staged = tempName(target);
  await cpDirectory(finished, staged);
  const old = existsSync(target) ? tempName(target) : undefined;
  if (old) await rename(target, old);
  try {
    await rename(staged, target);
  } catch (error) {
    if (old) await rename(old, target);
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
  if (old) await rm(old, { recursive: true, force: true });
}

async function cpDirectory(from: string, to: string): Promise<void> {
  try {
    await cp(from, to, { recursive: true });
  } catch (error) {
    await rm(to, { recursive: true, force: true });
    throw error;
  }
}
