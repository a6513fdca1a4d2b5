/**
 * `pomoc import-rpss <file|url> --orp Rokycany --uzemi obce.csv --ruian adresy.csv -o katalog.json`
 */
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import type { CatalogueMeta } from '../catalogue/schema.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { parseCsv } from '../partner/csv.js';
import { mergeImport, type Change } from '../partner/merge.js';
import { parseDate, todayInPrague } from '../partner/normalize.js';
import { buildCatalogue, type CatalogueParts } from '../partner/output.js';
import {
  CODE_LIST_FILES,
  readRegistryCodeList,
  RegistryCodes,
  type RegistryCodeList,
} from '../partner/registry-codes.js';
import { importRpss, NotRegistryFileError, type Ungeocoded } from '../partner/rpss-import.js';
import { readRuianCsv, RuianCsvError } from '../partner/ruian.js';
import { addStructureRows, Gazetteer, resolveAreas, type AreaLevel, type AreaProblem } from '../partner/territory.js';
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
  pomoc import-rpss <soubor|url> (--kraj|--okres|--orp|--obec <název nebo kód>)… -o <katalog.json> [volby]

Z otevřených dat registru poskytovatelů sociálních služeb (rpss.json, MPSV) vytvoří katalog
služeb zvolené oblasti. Soubor se čte proudově, celý se do paměti nenačítá.

Oblast (lze kombinovat; více hodnot oddělte čárkou):
  --kraj <název|kód>      kraj, např. Karlovarský nebo 51
  --okres <název|kód>     okres (kód RÚIAN, např. 3402; název jen s --uzemi nebo --ciselniky)
  --orp <název|kód>       obec s rozšířenou působností (potřebuje --uzemi)
  --obec <název|kód>      obec (kód ČSÚ, např. 554499; název s --ruian, --uzemi nebo --ciselniky)

Další zdroje:
  --ruian <csv>           CSV adresních míst RÚIAN: souřadnice (S-JTSK → WGS84), ulice a obce
  --uzemi <csv>           CSV struktury území: obec → ORP, okres, kraj (sloupce Kód obce, Název obce, Kód ORP, …)
  --ciselniky <adresář>   číselníky MPSV (obce.json, okresy.json, cilove-skupiny-osoby.json, …)

Výstup:
  -o, --output <soubor>   kam katalog zapsat (zapíše se celý, nebo vůbec)
  --merge <katalog.json>  aktualizuje údaje z registru v existujícím katalogu a ponechá ruční úpravy
  --max-removed <podíl>   nezapíše nic, zmizí-li víc služeb nebo míst než tento podíl (např. 5%)
                          oproti katalogu --merge nebo dosavadnímu výstupu
  --title <text>          název katalogu;  --publisher <text> vydavatel
  --date <RRRR-MM-DD>     datum dat (výchozí dnes)
  --lang cs|en            jazyk zpráv

Kód ukončení: 0 katalog zapsán, 1 vstup je neplatný, v oblasti nic není nebo zastavila pojistka
--max-removed, 2 chybné použití nebo nečitelný soubor.`,
    missingSource: 'Chybí soubor nebo adresa rpss.json.',
    missingArea: 'Zvolte oblast: --kraj, --okres, --orp nebo --obec.',
    missingOutput: 'Chybí -o <soubor> pro zápis katalogu.',
    badDate: (value: string) => `Neplatné datum --date „${value}“ (RRRR-MM-DD).`,
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    notJson: (source: string, message: string) => `${source}: není platný JSON z registru (${message}).`,
    notRegistry: (source: string) => `${source}: nenalezeny žádné záznamy pod klíčem „polozky“ – je to rpss.json z data.mpsv.cz?`,
    ruianColumns: (missing: string) => `CSV RÚIAN: chybí sloupce ${missing}.`,
    structure: (message: string) => `CSV struktury území (--uzemi): ${message}.`,
    area: (problem: AreaProblem) =>
      problem.reason === 'needs-structure'
        ? `--orp „${problem.value}“: příslušnost obcí k ORP zná jen CSV struktury území – zadejte --uzemi <csv>.`
        : problem.reason === 'ambiguous'
          ? `--${problem.level} „${problem.value}“ je nejednoznačné: ${problem.candidates!.join(', ')}. Zadejte kód.`
          : `--${problem.level} „${problem.value}“: nenalezeno${problem.level === 'kraj' ? '' : ' (zadejte kód, nebo přidejte --uzemi, --ruian či --ciselniky s názvy)'}.`,
    reading: (mb: string, percent: string, records: number) => `… přečteno ${mb} MB${percent}, ${count(records, 'cs')} záznamů`,
    readingRuian: 'Čtu CSV RÚIAN…',
    read: (records: number, ms: number) => `Registr: přečteno ${count(records, 'cs')} záznamů za ${seconds(ms, 'cs')} s.`,
    areaLine: (labels: string) => `Oblast: ${labels}.`,
    nothing: 'V oblasti není žádná služba, kterou by šlo zapsat; nic nebylo zapsáno.',
    skipped: (outside: number, ended: number, unmapped: number, invalid: number) =>
      `Vynecháno: ${count(outside, 'cs')} mimo oblast, ${ended} s ukončenou registrací, ${unmapped} nepřevoditelných, ${invalid} neprošlo kontrolou.`,
    notes: (n: number) => `Upozornění (${n}):`,
    invalidRecords: (n: number) => `Neprošlo kontrolou a nebylo zapsáno (${n}):`,
    ungeocoded: (n: number) => `Místa bez souřadnic (${n}):`,
    ungeocodedReason: { 'no-code': 'registr neuvádí kód adresního místa', 'not-in-csv': 'kód adresního místa není v CSV RÚIAN', 'no-coordinates-in-csv': 'CSV RÚIAN pro něj nemá souřadnice' },
    noRuian: 'Souřadnice nebyly doplněny (zadejte --ruian <csv> adresních míst RÚIAN).',
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Zapsáno: ${services} služeb, ${organizations} poskytovatelů, ${locations} míst → ${output}`,
    ok: 'Výsledek: katalog prošel kontrolou (jako pomoc validate).',
    mergeInvalid: (source: string, errors: number) => `${source}: katalog pro --merge obsahuje chyby (${errors}); opravte je nejdřív (pomoc validate ${source}).`,
    changes: (n: number, unchanged: number) => `Změny oproti existujícímu katalogu (${n}; beze změny ${unchanged}):`,
    change: (change: Change) =>
      change.kind === 'added' ? `  + ${entity.cs[change.entity]} ${change.id} (${change.name}): nový`
        : change.kind === 'missing' ? `  − ${entity.cs[change.entity]} ${change.id} (${change.name}): v registru pro oblast už není – označena jako neaktivní`
          : `  ~ ${entity.cs[change.entity]} ${change.id} (${change.name}): ${change.fields!.join(', ')}`,
    failed: (message: string) => `Zápis selhal, nic nebylo zapsáno: ${message}`,
    defaultTitle: (area: string) => `Katalog sociálních služeb – ${area}`,
    defaultPublisher: 'Import z Registru poskytovatelů sociálních služeb (MPSV)',
    description: (date: string) => `Registrované sociální služby z Registru poskytovatelů sociálních služeb MPSV (data.mpsv.cz), stav k ${date}.`,
  },
  en: {
    usage: `Usage:
  pomoc import-rpss <file|url> (--kraj|--okres|--orp|--obec <name or code>)… -o <catalogue.json> [options]

Makes a catalogue of the chosen area from the open data of the national registry of social
service providers (rpss.json, MPSV). The file is read as a stream, never whole into memory.

Area (may be combined; separate several values by commas):
  --kraj <name|code>      region, e.g. Karlovarský or 51
  --okres <name|code>     district (RÚIAN code, e.g. 3402; a name only with --uzemi or --ciselniky)
  --orp <name|code>       municipality with extended powers (needs --uzemi)
  --obec <name|code>      town (ČSÚ code, e.g. 554499; a name with --ruian, --uzemi or --ciselniky)

More sources:
  --ruian <csv>           RÚIAN address-point CSV: coordinates (S-JTSK → WGS84), streets and towns
  --uzemi <csv>           territorial-structure CSV: town → ORP, district, region (Kód obce, Název obce, Kód ORP, …)
  --ciselniky <dir>       MPSV code lists (obce.json, okresy.json, cilove-skupiny-osoby.json, …)

Output:
  -o, --output <file>     where to write the catalogue (written whole or not at all)
  --merge <catalogue>     update the registry's data in an existing catalogue, keeping hand edits
  --max-removed <share>   write nothing when more services or places than this share vanish (e.g. 5%)
                          against the --merge catalogue or the existing output
  --title <text>          catalogue title;  --publisher <text> publisher
  --date <YYYY-MM-DD>     the date of the data (default today)
  --lang cs|en            message language

Exit code: 0 catalogue written, 1 invalid input, nothing in the area or the --max-removed guard
stopped it, 2 usage error or unreadable file.`,
    missingSource: 'Give the file or URL of rpss.json.',
    missingArea: 'Choose an area: --kraj, --okres, --orp or --obec.',
    missingOutput: 'Give -o <file> to write the catalogue to.',
    badDate: (value: string) => `Invalid --date "${value}" (YYYY-MM-DD).`,
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    notJson: (source: string, message: string) => `${source}: not valid registry JSON (${message}).`,
    notRegistry: (source: string) => `${source}: no records under the key "polozky" – is this rpss.json from data.mpsv.cz?`,
    ruianColumns: (missing: string) => `RÚIAN CSV: missing columns ${missing}.`,
    structure: (message: string) => `Territorial-structure CSV (--uzemi): ${message}.`,
    area: (problem: AreaProblem) =>
      problem.reason === 'needs-structure'
        ? `--orp "${problem.value}": which towns belong to an ORP is known only from a territorial-structure CSV – give --uzemi <csv>.`
        : problem.reason === 'ambiguous'
          ? `--${problem.level} "${problem.value}" is ambiguous: ${problem.candidates!.join(', ')}. Give the code.`
          : `--${problem.level} "${problem.value}": not found${problem.level === 'kraj' ? '' : ' (give the code, or add --uzemi, --ruian or --ciselniky with names)'}.`,
    reading: (mb: string, percent: string, records: number) => `… read ${mb} MB${percent}, ${count(records, 'en')} records`,
    readingRuian: 'Reading the RÚIAN CSV…',
    read: (records: number, ms: number) => `Registry: read ${count(records, 'en')} records in ${seconds(ms, 'en')} s.`,
    areaLine: (labels: string) => `Area: ${labels}.`,
    nothing: 'No service in the area could be written; nothing was written.',
    skipped: (outside: number, ended: number, unmapped: number, invalid: number) =>
      `Skipped: ${count(outside, 'en')} outside the area, ${ended} with an ended registration, ${unmapped} not mappable, ${invalid} failed the check.`,
    notes: (n: number) => `Notes (${n}):`,
    invalidRecords: (n: number) => `Failed the check and not written (${n}):`,
    ungeocoded: (n: number) => `Places without coordinates (${n}):`,
    ungeocodedReason: { 'no-code': 'the registry gives no address-point code', 'not-in-csv': 'the address-point code is not in the RÚIAN CSV', 'no-coordinates-in-csv': 'the RÚIAN CSV has no coordinates for it' },
    noRuian: 'No coordinates were added (give --ruian <csv> of RÚIAN address points).',
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Written: ${services} services, ${organizations} providers, ${locations} places → ${output}`,
    ok: 'Result: the catalogue passes the check (as pomoc validate).',
    mergeInvalid: (source: string, errors: number) => `${source}: the catalogue for --merge has errors (${errors}); fix them first (pomoc validate ${source}).`,
    changes: (n: number, unchanged: number) => `Changes to the existing catalogue (${n}; unchanged ${unchanged}):`,
    change: (change: Change) =>
      change.kind === 'added' ? `  + ${change.entity} ${change.id} (${change.name}): new`
        : change.kind === 'missing' ? `  − ${change.entity} ${change.id} (${change.name}): no longer in the registry for the area – marked inactive`
          : `  ~ ${change.entity} ${change.id} (${change.name}): ${change.fields!.join(', ')}`,
    failed: (message: string) => `Writing failed, nothing was written: ${message}`,
    defaultTitle: (area: string) => `Katalog sociálních služeb – ${area}`,
    defaultPublisher: 'Import z Registru poskytovatelů sociálních služeb (MPSV)',
    description: (date: string) => `Registrované sociální služby z Registru poskytovatelů sociálních služeb MPSV (data.mpsv.cz), stav k ${date}.`,
  },
};

const entity = { cs: { service: 'služba', organization: 'poskytovatel', location: 'místo' } };

export async function importRpssCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'import-rpss',
    {
      kraj: { type: 'string', multiple: true },
      okres: { type: 'string', multiple: true },
      orp: { type: 'string', multiple: true },
      obec: { type: 'string', multiple: true },
      ruian: { type: 'string' },
      uzemi: { type: 'string' },
      ciselniky: { type: 'string' },
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
  const requested: Partial<Record<AreaLevel, string[]>> = {
    kraj: optionList(values.kraj),
    okres: optionList(values.okres),
    orp: optionList(values.orp),
    obec: optionList(values.obec),
  };
  const usage = (message: string) => usageError(io, t.usage, message);
  if (!source) return usage(t.missingSource);
  if (!Object.values(requested).some((list) => list?.length)) return usage(t.missingArea);
  if (!values.output) return usage(t.missingOutput);
  const today = values.date ? parseDate(values.date) : todayInPrague();
  if (!today) return usage(t.badDate(values.date!));
  const maxRemoved = maxRemovedOption(values['max-removed'], lang);
  if (typeof maxRemoved === 'object') return usage(maxRemoved.error);

  // Sources of names and code lists, before the area can be resolved.
  const gazetteer = new Gazetteer();
  let codeLists: Partial<Record<keyof typeof CODE_LIST_FILES, RegistryCodeList>> = {};
  try {
    if (values.uzemi) addStructureRows(gazetteer, parseCsv(await readFile(values.uzemi)));
    if (values.ciselniky) codeLists = await readCodeLists(values.ciselniky, gazetteer);
    if (values.ruian && requested.obec!.some((value) => !/^\d+$/.test(value))) {
      // Town names for --obec: a quick pass over the CSV that keeps no address points.
      const { towns } = await readRuianCsv(createReadStream(values.ruian), () => false);
      for (const [code, name] of towns) gazetteer.addTown({ code, name });
    }
  } catch (error) {
    if (error instanceof RuianCsvError) {
      io.err(t.ruianColumns(error.missing.join(', ')));
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code) {
      io.err(t.unreadable((error as NodeJS.ErrnoException).path ?? '', (error as Error).message));
      return 2;
    }
    io.err(t.structure((error as Error).message));
    return 1;
  }
  const { areas, problems } = resolveAreas(requested, gazetteer);
  if (problems.length) {
    for (const problem of problems) io.err(t.area(problem));
    return 2;
  }

  let existing: Catalogue | undefined;
  if (values.merge) {
    try {
      existing = validateCatalogue(JSON.parse(await readTextFile(values.merge)));
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
  let bytes = 0;
  opened.stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const started = Date.now();
  // Progress on stderr at most once a second, so that short runs stay quiet.
  let lastProgress = started;
  let result;
  try {
    result = await importRpss(opened.stream, {
      areas,
      gazetteer,
      codes: new RegistryCodes(codeLists),
      today,
      readRuian: values.ruian
        ? (wanted) => {
            io.err(t.readingRuian);
            return readRuianCsv(createReadStream(values.ruian!), wanted);
          }
        : undefined,
      onProgress: (records) => {
        if (Date.now() - lastProgress < 1000) return;
        lastProgress = Date.now();
        const percent = opened.size ? ` (${Math.min(100, Math.round((bytes / opened.size) * 100))} %)` : '';
        io.err(t.reading((bytes / 1e6).toFixed(0), percent, records));
      },
    });
  } catch (error) {
    if (error instanceof NotRegistryFileError) io.err(t.notRegistry(source));
    else if (error instanceof RuianCsvError) io.err(t.ruianColumns(error.missing.join(', ')));
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(t.unreadable((error as NodeJS.ErrnoException).path ?? source, (error as Error).message));
      return 2;
    } else io.err(t.notJson(source, (error as Error).message));
    return 1;
  }
  io.out(t.read(result.records, Date.now() - started));
  io.out(t.areaLine(areas.map((area) => area.label).join(', ')));

  const imported: CatalogueParts = {
    organizations: result.mapped.map((record) => record.organization),
    locations: result.mapped.flatMap((record) => record.locations),
    services: result.mapped.map((record) => record.service),
  };
  const areaLabel = areas.map((area) => area.label).join(', ');
  let meta: CatalogueMeta = {
    title: values.title ?? t.defaultTitle(areaLabel),
    description: t.description(today),
    area: areaLabel,
    publisher: { name: values.publisher ?? t.defaultPublisher },
    updated: today,
    language: 'cs',
  };
  let parts = imported;
  let merge;
  if (existing) {
    // The file keeps its own crisis lines only: the national ones come with the library.
    merge = mergeImport({ ...existing, crisisLines: existing.ownCrisisLines }, imported, existing.meta.language);
    parts = merge.parts;
    // The town's title, publisher and texts stay; only the date moves.
    meta = { ...(existing.meta as CatalogueMeta), updated: today };
    delete meta.sample;
  }
  const built = buildCatalogue(meta, parts, !existing);
  const invalid = built.issues.filter((issue) => issue.severity === 'error');
  const invalidRecords = invalid.filter((issue) => issue.effect === 'record-dropped');

  if (built.file.services.length === 0) {
    io.err(t.nothing);
    printNotes(
      io,
      t,
      lang,
      result.notes,
      invalid.map((issue) => formatIssue(issue, lang)),
    );
    return 1;
  }
  // The publish guard: against the catalogue this one replaces.
  const guard = await publishGuard({
    io,
    lang,
    file: built.file,
    existing,
    mergePath: values.merge,
    output: values.output,
    maxRemoved,
  });
  if (guard.stopped) return 1;
  // The file as written must pass the validator with no error: the promise of this command.
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

  io.out(
    t.written(
      built.file.services.length,
      built.file.organizations.length,
      built.file.locations?.length ?? 0,
      values.output,
    ),
  );
  io.out(t.skipped(result.outside, result.ended, result.skipped, invalidRecords.length));
  if (merge) {
    io.out(`\n${t.changes(merge.changes.length, merge.unchanged)}`);
    for (const change of merge.changes) io.out(t.change(change));
  }
  printNotes(
    io,
    t,
    lang,
    result.notes.filter((note) => note.code !== 'ended'),
    invalid.map((issue) => formatIssue(issue, lang)),
  );
  if (values.ruian) printUngeocoded(io, t, result.ungeocoded);
  else io.out(`\n${t.noRuian}`);
  io.out(`\n${t.ok}`);
  return 0;
}

function printNotes(
  io: Io,
  t: (typeof T)['cs'],
  lang: MessageLang,
  notes: Parameters<typeof groupedNotes>[0],
  invalid: string[],
) {
  if (invalid.length) {
    io.out(`\n${t.invalidRecords(invalid.length)}`);
    for (const line of invalid) io.out(`  ✗ ${line}`);
  }
  const lines = groupedNotes(notes, lang);
  if (lines.length) {
    io.out(`\n${t.notes(lines.length)}`);
    for (const line of lines) io.out(`  ! ${line}`);
  }
}

function printUngeocoded(io: Io, t: (typeof T)['cs'], places: Ungeocoded[]) {
  if (!places.length) return;
  io.out(`\n${t.ungeocoded(places.length)}`);
  for (const place of places) io.out(`  ? ${place.locationId} (${place.label}): ${t.ungeocodedReason[place.reason]}`);
}

async function readCodeLists(directory: string, gazetteer: Gazetteer) {
  const lists: Partial<Record<keyof typeof CODE_LIST_FILES, RegistryCodeList>> = {};
  for (const [key, name] of Object.entries(CODE_LIST_FILES) as [keyof typeof CODE_LIST_FILES, string][]) {
    let text: string;
    try {
      text = await readTextFile(join(directory, `${name}.json`));
    } catch {
      continue; // Each list is optional.
    }
    lists[key] = readRegistryCodeList(JSON.parse(text));
  }
  const codeOf = (id: string) => id.split('/').pop()!;
  for (const [id, name] of lists.towns?.labels ?? []) gazetteer.addTown({ code: codeOf(id), name });
  for (const [id, name] of lists.districts?.labels ?? []) gazetteer.okresy.set(codeOf(id), name);
  for (const [id, name] of lists.regions?.labels ?? [])
    if (!gazetteer.kraje.has(codeOf(id))) gazetteer.kraje.set(codeOf(id), name);
  return lists;
}
