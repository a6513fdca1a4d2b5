/**
 * `pomoc import-katalog <katalog.json|url> [--kraj …] -o katalog.json`: our catalogue from the
 * national catalogue of seniors' services that a public pipeline publishes daily (`mista[]` with
 * merged `sluzby[]` from MPSV and ÚZIS; src/partner/katalog.ts). Named after that file, katalog.json,
 * under which partners know it.
 *
 * The file is read as a stream, one place at a time. Its messy contact values are repaired by the
 * validator (the code the widgets run) and each repair is listed; a publish guard (--max-removed)
 * refuses to overwrite a catalogue when too much of it would vanish.
 */
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import type { CatalogueMeta } from '../catalogue/schema.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { parseCsv } from '../partner/csv.js';
import type { CatalogueDiff } from '../partner/diff.js';
import { Collector, placeInArea, type KatalogArea } from '../partner/katalog.js';
import { mergeImport } from '../partner/merge.js';
import type { Note } from '../partner/notes.js';
import { parseDate, todayInPrague } from '../partner/normalize.js';
import { buildCatalogue } from '../partner/output.js';
import { RegistryCodes } from '../partner/registry-codes.js';
import { addStructureRows, Gazetteer, resolveAreas } from '../partner/territory.js';
import { catalogueJson, writeFileAtomic } from '../partner/write.js';
import {
  commandArgs,
  count,
  groupedNotes,
  maxRemovedOption,
  openSource,
  optionList,
  publishGuard,
  readTextFile,
  seconds,
  usageError,
  type Io,
} from './shared.js';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc import-katalog <katalog.json|url> [--kraj|--okres|--orp|--obec <název nebo kód>]… -o <katalog.json> [volby]

Z národního katalogu služeb pro seniory (katalog.json projektu AutomatizaceKatalogu: místa
„mista“ se sloučenými službami MPSV a ÚZIS) vytvoří katalog Pomoc. Soubor se čte proudově.
Kontakty zapsané s chybou, které mají jediné čtení (web bez https://, dvě čísla v jednom poli),
se opraví a každá oprava se vypíše.

Oblast (lze kombinovat, více hodnot oddělte čárkou; bez oblasti celý soubor):
  --kraj <název|kód>      kraj, např. Jihočeský nebo CZ031
  --okres <název|kód>     okres, např. Písek nebo CZ0314
  --orp <název|kód>       obec s rozšířenou působností (potřebuje --uzemi)
  --obec <název|kód>      obec, např. Třeboň nebo 547786 („Praha“ zahrne i Prahu 1–22)
  --uzemi <csv>           CSV struktury území (obec → ORP) pro --orp

Výstup:
  -o, --output <soubor>   kam katalog zapsat (zapíše se celý, nebo vůbec)
  --merge <katalog.json>  aktualizuje údaje z registrů v existujícím katalogu a ponechá ruční úpravy
  --max-removed <podíl>   nezapíše nic, zmizí-li víc služeb nebo míst než tento podíl (např. 5%)
                          oproti katalogu z --merge nebo stávajícímu souboru -o
  --title <text>          název katalogu;  --publisher <text> vydavatel
  --date <RRRR-MM-DD>     datum dat (výchozí dnes)
  --lang cs|en            jazyk zpráv

Kód ukončení: 0 katalog zapsán, 1 vstup je neplatný, v oblasti nic není nebo zasáhla pojistka,
2 chybné použití nebo nečitelný soubor.`,
    missingSource: 'Chybí soubor nebo adresa katalog.json.',
    missingOutput: 'Chybí -o <soubor> pro zápis katalogu.',
    badDate: (value: string) => `Neplatné datum --date „${value}“ (RRRR-MM-DD).`,
    needsStructure: '--orp potřebuje --uzemi <csv> (příslušnost obcí k ORP).',
    orpUnknown: (value: string) => `--orp „${value}“: v CSV struktury území nenalezeno.`,
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    notJson: (source: string, message: string) => `${source}: není platný JSON (${message}).`,
    notKatalog: (source: string) => `${source}: nenalezena žádná místa pod klíčem „mista“ – je to katalog.json národního katalogu služeb pro seniory?`,
    read: (places: number, inArea: number, ms: number) => `Katalog: přečteno ${count(places, 'cs')} míst (v oblasti ${count(inArea, 'cs')}) za ${seconds(ms, 'cs')} s.`,
    nothing: 'V oblasti není žádná služba, kterou by šlo zapsat; nic nebylo zapsáno.',
    mergeInvalid: (source: string, errors: number) => `${source}: katalog pro --merge obsahuje chyby (${errors}); opravte je nejdřív (pomoc validate ${source}).`,
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Zapsáno: ${services} služeb, ${organizations} poskytovatelů, ${locations} míst → ${output}`,
    changes: (diff: CatalogueDiff) => `Oproti předchozí verzi: přidáno ${diff.added.length}, odebráno ${diff.removed.length}, změněno ${diff.changed.length} (podrobně: pomoc diff).`,
    repairs: (n: number) => `Opraveno (${n}):`,
    invalid: (n: number) => `Vynecháno, nelze přečíst (${n}):`,
    notes: (n: number) => `Upozornění (${n}):`,
    ungeocoded: (n: number) => `Místa bez souřadnic (${n}) – mapa je nezobrazí, hledání ano:`,
    ok: 'Výsledek: katalog prošel kontrolou (jako pomoc validate).',
    failed: (message: string) => `Zápis selhal, nic nebylo zapsáno: ${message}`,
    defaultTitle: (area: string) => `Katalog služeb pro seniory${area ? ` – ${area}` : ''}`,
    defaultPublisher: 'Import z národního katalogu služeb pro seniory',
    description: (date: string) => `Registrované sociální služby (MPSV) a zdravotní služby (ÚZIS) pro seniory z národního katalogu, stav k ${date}.`,
  },
  en: {
    usage: `Usage:
  pomoc import-katalog <katalog.json|url> [--kraj|--okres|--orp|--obec <name or code>]… -o <catalogue.json> [options]

Makes a Pomoc catalogue from the national catalogue of seniors' services (katalog.json of the
AutomatizaceKatalogu project: places "mista" with merged MPSV and ÚZIS services). The file is
read as a stream. Contacts written wrongly in a way with one reading only (a web address without
https://, two numbers in one field) are repaired, and each repair is listed.

Area (may be combined; separate several values by commas; no area: the whole file):
  --kraj <name|code>      region, e.g. Jihočeský or CZ031
  --okres <name|code>     district, e.g. Písek or CZ0314
  --orp <name|code>       municipality with extended powers (needs --uzemi)
  --obec <name|code>      town, e.g. Třeboň or 547786 ("Praha" includes Praha 1–22)
  --uzemi <csv>           territorial-structure CSV (town → ORP) for --orp

Output:
  -o, --output <file>     where to write the catalogue (written whole or not at all)
  --merge <catalogue>     update the registries' data in an existing catalogue, keeping hand edits
  --max-removed <share>   write nothing when more services or places than this share vanish
                          (e.g. 5%) against the --merge catalogue or the existing -o file
  --title <text>          catalogue title;  --publisher <text> publisher
  --date <YYYY-MM-DD>     the date of the data (default today)
  --lang cs|en            message language

Exit code: 0 catalogue written, 1 invalid input, nothing in the area or the guard stopped it,
2 usage error or unreadable file.`,
    missingSource: 'Give the file or URL of katalog.json.',
    missingOutput: 'Give -o <file> to write the catalogue to.',
    badDate: (value: string) => `Invalid --date "${value}" (YYYY-MM-DD).`,
    needsStructure: '--orp needs --uzemi <csv> (which towns belong to an ORP).',
    orpUnknown: (value: string) => `--orp "${value}": not found in the territorial-structure CSV.`,
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    notJson: (source: string, message: string) => `${source}: not valid JSON (${message}).`,
    notKatalog: (source: string) => `${source}: no places under the key "mista" – is this katalog.json of the national catalogue of seniors' services?`,
    read: (places: number, inArea: number, ms: number) => `Catalogue: read ${count(places, 'en')} places (${count(inArea, 'en')} in the area) in ${seconds(ms, 'en')} s.`,
    nothing: 'No service in the area could be written; nothing was written.',
    mergeInvalid: (source: string, errors: number) => `${source}: the catalogue for --merge has errors (${errors}); fix them first (pomoc validate ${source}).`,
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Written: ${services} services, ${organizations} providers, ${locations} places → ${output}`,
    changes: (diff: CatalogueDiff) => `Against the previous version: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed (details: pomoc diff).`,
    repairs: (n: number) => `Repaired (${n}):`,
    invalid: (n: number) => `Left out, cannot be read (${n}):`,
    notes: (n: number) => `Notes (${n}):`,
    ungeocoded: (n: number) => `Places without coordinates (${n}) – not on the map, found by search:`,
    ok: 'Result: the catalogue passes the check (as pomoc validate).',
    failed: (message: string) => `Writing failed, nothing was written: ${message}`,
    defaultTitle: (area: string) => `Katalog služeb pro seniory${area ? ` – ${area}` : ''}`,
    defaultPublisher: 'Import z národního katalogu služeb pro seniory',
    description: (date: string) => `Registrované sociální služby (MPSV) a zdravotní služby (ÚZIS) pro seniory z národního katalogu, stav k ${date}.`,
  },
};

export async function importKatalogCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'import-katalog',
    {
      kraj: { type: 'string', multiple: true },
      okres: { type: 'string', multiple: true },
      orp: { type: 'string', multiple: true },
      obec: { type: 'string', multiple: true },
      uzemi: { type: 'string' },
      output: { type: 'string', short: 'o' },
      merge: { type: 'string' },
      'max-removed': { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    t.usage,
    io,
  );
  if (typeof args === 'number') return args;
  const { values, source } = args;
  const usage = (message: string) => usageError(io, t.usage, message);
  if (!source) return usage(t.missingSource);
  if (!values.output) return usage(t.missingOutput);
  const today = values.date ? parseDate(values.date) : todayInPrague();
  if (!today) return usage(t.badDate(values.date!));
  const maxRemoved = maxRemovedOption(values['max-removed'], lang);
  if (typeof maxRemoved === 'object') return usage(maxRemoved.error);

  const area: KatalogArea = {
    kraj: optionList(values.kraj),
    okres: optionList(values.okres),
    obec: optionList(values.obec),
  };
  const orps = optionList(values.orp);
  if (orps.length) {
    if (!values.uzemi) return usage(t.needsStructure);
    const gazetteer = new Gazetteer();
    try {
      addStructureRows(gazetteer, parseCsv(await readFile(values.uzemi)));
    } catch (error) {
      io.err(t.unreadable(values.uzemi, (error as Error).message));
      return 2;
    }
    const { areas, problems } = resolveAreas({ orp: orps }, gazetteer);
    if (problems.length) return usage(problems.map((problem) => t.orpUnknown(problem.value)).join('\n'));
    const codes = new Set(areas.flatMap((choice) => [...choice.codes]));
    area.orpTowns = new Set(
      [...gazetteer.towns.values()].filter((town) => town.orp && codes.has(town.orp)).map((town) => town.code),
    );
  }

  let existing: Catalogue | undefined;
  if (values.merge) {
    try {
      existing = validateCatalogue(JSON.parse(await readTextFile(values.merge)), { keepEnded: true });
    } catch (error) {
      io.err(t.unreadable(values.merge, (error as Error).message));
      return 2;
    }
    const errors = existing.issues.filter((issue) => issue.severity === 'error').length;
    if (errors) {
      io.err(t.mergeInvalid(values.merge, errors));
      return 1;
    }
  }

  let opened;
  try {
    opened = await openSource(source);
  } catch (error) {
    io.err(t.unreadable(source, (error as Error).message));
    return 2;
  }
  const notes: Note[] = [];
  const collector = new Collector(new RegistryCodes(), notes);
  let places = 0;
  let inArea = 0;
  const started = Date.now();
  try {
    await pipeline(
      opened.stream,
      parser.asStream({ streamValues: false }),
      pick.asStream({ filter: 'mista' }),
      streamArray.asStream(),
      async function (items: AsyncIterable<{ value: unknown }>) {
        for await (const { value } of items) {
          places++;
          if (!placeInArea(value, area)) continue;
          inArea++;
          collector.add(value);
        }
      },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(t.unreadable(source, (error as Error).message));
      return 2;
    }
    io.err(t.notJson(source, (error as Error).message));
    return 1;
  }
  if (places === 0) {
    io.err(t.notKatalog(source));
    return 1;
  }
  io.out(t.read(places, inArea, Date.now() - started));

  const collected = collector.result();
  const areaLabel = [...area.kraj, ...area.okres, ...orps.map((orp) => `ORP ${orp}`), ...area.obec].join(', ');
  let meta: CatalogueMeta = {
    title: values.title ?? t.defaultTitle(areaLabel),
    description: t.description(today),
    ...(areaLabel ? { area: areaLabel } : {}),
    publisher: { name: values.publisher ?? t.defaultPublisher },
    updated: today,
    language: 'cs',
    sources: sourcesOf(collected.sources),
  };
  let parts: Parameters<typeof buildCatalogue>[1] = collected;
  if (existing) {
    parts = mergeImport(existing, collected, existing.meta.language).parts;
    meta = { ...(existing.meta as CatalogueMeta), updated: today, sources: meta.sources };
    delete meta.sample;
  }
  const built = buildCatalogue(meta, parts, !existing);
  if (built.file.services.length === 0) {
    io.err(t.nothing);
    return 1;
  }

  // The publish guard: against the catalogue this one replaces.
  const { diff, stopped } = await publishGuard({
    io,
    lang,
    file: built.file,
    existing,
    mergePath: values.merge,
    output: values.output,
    maxRemoved,
  });
  if (stopped) return 1;

  const recheck = validateCatalogue(structuredClone(built.file));
  const recheckErrors = recheck.issues.filter((issue) => issue.severity === 'error');
  if (recheckErrors.length) {
    for (const issue of recheckErrors) io.err(`✗ ${formatIssue(issue, lang)}`);
    io.err(t.failed('validation'));
    return 1;
  }
  try {
    await writeFileAtomic(values.output, catalogueJson(built.file));
  } catch (error) {
    io.err(t.failed((error as Error).message));
    return 2;
  }

  const locations = built.file.locations ?? [];
  io.out(t.written(built.file.services.length, built.file.organizations.length, locations.length, values.output));
  if (diff) io.out(t.changes(diff));
  const repairs = built.issues.filter((issue) => issue.effect === 'value-repaired');
  const invalid = built.issues.filter((issue) => issue.severity === 'error');
  const other = built.issues.filter((issue) => issue.severity === 'warning' && issue.effect !== 'value-repaired');
  if (repairs.length) {
    io.out(`\n${t.repairs(repairs.length)}`);
    for (const issue of repairs) io.out(`  ~ ${formatIssue(issue, lang)}`);
  }
  if (invalid.length) {
    io.out(`\n${t.invalid(invalid.length)}`);
    for (const issue of invalid) io.out(`  ✗ ${formatIssue(issue, lang)}`);
  }
  const noteLines = [...groupedNotes(notes, lang), ...other.map((issue) => formatIssue(issue, lang))];
  if (noteLines.length) {
    io.out(`\n${t.notes(noteLines.length)}`);
    for (const line of noteLines) io.out(`  ! ${line}`);
  }
  const ungeocoded = locations.filter((location) => !location.hidden && location.latitude === undefined);
  if (ungeocoded.length) {
    io.out(`\n${t.ungeocoded(ungeocoded.length)}`);
    for (const location of ungeocoded.slice(0, 20)) {
      const label = [location.name, location.address?.street, location.address?.city].filter(Boolean).join(', ');
      io.out(`  ? ${location.id} (${label})`);
    }
    if (ungeocoded.length > 20) io.out(`  … (${ungeocoded.length - 20})`);
  }
  io.out(`\n${t.ok}`);
  return 0;
}

/** The registries the data came from, with the attribution ÚZIS' licence asks for. */
function sourcesOf(found: ReadonlySet<'MPSV' | 'UZIS'>): NonNullable<CatalogueMeta['sources']> {
  const sources: NonNullable<CatalogueMeta['sources']> = [
    {
      name: 'Národní katalog registrovaných služeb pro seniory (AutomatizaceKatalogu)',
      url: 'https://github.com/zdenekpesicka/AutomatizaceKatalogu',
    },
  ];
  if (found.has('MPSV')) {
    sources.push({
      name: 'Registr poskytovatelů sociálních služeb (MPSV)',
      url: 'https://data.mpsv.cz/web/data/rpss',
    });
  }
  if (found.has('UZIS')) {
    sources.push({
      name: 'Národní registr poskytovatelů zdravotních služeb (ÚZIS ČR)',
      url: 'https://nrpzs.uzis.cz/',
      licence: 'CC BY 4.0',
      attribution: 'Zdroj: ÚZIS ČR, Národní registr poskytovatelů zdravotních služeb (CC BY 4.0)',
    });
  }
  sources.push({ name: 'Souřadnice: RÚIAN (ČÚZK)', url: 'https://cuzk.gov.cz/ruian/', licence: 'CC BY 4.0' });
  return sources;
}
