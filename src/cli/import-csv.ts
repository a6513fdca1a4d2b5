/**
 * `pomoc import-csv <file.csv|file.xlsx> -o katalog.json`: a catalogue from a spreadsheet made
 * from the template in data-schema/templates/.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import type { CatalogueMeta } from '../catalogue/schema.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { parseCsv } from '../partner/csv.js';
import { problemText, readTemplateRows, type SheetProblem } from '../partner/csv-template.js';
import { parseDate, todayInPrague } from '../partner/normalize.js';
import { buildCatalogue } from '../partner/output.js';
import { catalogueJson, writeFileAtomic } from '../partner/write.js';
import { commandArgs, usageError, type Io } from './shared.js';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc import-csv <soubor.csv|soubor.xlsx> -o <katalog.json> [volby]

Vytvoří katalog z tabulky vyplněné podle šablony data-schema/templates/services-template.xlsx
(nebo .csv): jeden řádek = jedna služba. Popis sloupců: data-schema/templates/README.md.

  -o, --output <soubor>   kam katalog zapsat (zapíše se celý, nebo vůbec)
  --title <text>          název katalogu
  --area <text>           oblast, kterou katalog pokrývá (např. ORP Rokycany)
  --publisher <text>      vydavatel katalogu
  --date <RRRR-MM-DD>     datum aktualizace (výchozí dnes)
  --lang cs|en            jazyk zpráv

Chybné hodnoty se hlásí s řádkem a sloupcem. Řádek bez povinné hodnoty (název, druh, poskytovatel)
se vynechá; chybná nepovinná hodnota se vynechá a zbytek řádku se použije.

Kód ukončení: 0 katalog zapsán, 1 katalog zapsán, ale některé řádky byly vynechány – nebo tabulka
nejde použít (chybí povinné sloupce, žádné řádky), 2 chybné použití nebo nečitelný soubor.`,
    missingSource: 'Chybí soubor s tabulkou (.csv nebo .xlsx).',
    missingOutput: 'Chybí -o <soubor> pro zápis katalogu.',
    badDate: (value: string) => `Neplatné datum --date „${value}“ (RRRR-MM-DD).`,
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    sheet: (problem: SheetProblem) =>
      problem.code === 'missing-columns' ? `Chybí povinné sloupce: ${problem.columns!.map((name) => `‚${name}‘`).join(', ')} (první řádek musí obsahovat záhlaví ze šablony).`
        : problem.code === 'unknown-columns' ? `Neznámé sloupce (nepoužijí se): ${problem.columns!.map((name) => `‚${name}‘`).join(', ')}.`
          : 'Tabulka neobsahuje žádné řádky se službami.',
    problems: (n: number) => `Problémy v tabulce (${n}):`,
    invalid: (n: number) => `Neprošlo kontrolou katalogu (${n}):`,
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Zapsáno: ${services} služeb, ${organizations} poskytovatelů, ${locations} míst → ${output}`,
    rows: (rows: number, skipped: number) => `Řádků se službami: ${rows}, vynecháno: ${skipped}.`,
    ok: 'Výsledek: katalog prošel kontrolou (jako pomoc validate).',
    nothing: 'Žádný řádek nešlo použít; nic nebylo zapsáno.',
    failed: (message: string) => `Zápis selhal, nic nebylo zapsáno: ${message}`,
    defaultTitle: 'Katalog sociálních a souvisejících služeb',
    defaultPublisher: 'Správce katalogu',
  },
  en: {
    usage: `Usage:
  pomoc import-csv <file.csv|file.xlsx> -o <catalogue.json> [options]

Makes a catalogue from a spreadsheet filled in from the template
data-schema/templates/services-template.xlsx (or .csv): one row per service. The columns are
described in data-schema/templates/README.md.

  -o, --output <file>     where to write the catalogue (written whole or not at all)
  --title <text>          catalogue title
  --area <text>           the area the catalogue covers (e.g. ORP Rokycany)
  --publisher <text>      the catalogue's publisher
  --date <YYYY-MM-DD>     date of the update (default today)
  --lang cs|en            message language

Faulty values are reported with their row and column. A row without a required value (name,
type, provider) is skipped; a faulty optional value is left out and the rest of the row is used.

Exit code: 0 catalogue written, 1 written but some rows were skipped – or the sheet cannot be used
(required columns missing, no rows), 2 usage error or unreadable file.`,
    missingSource: 'Give the spreadsheet file (.csv or .xlsx).',
    missingOutput: 'Give -o <file> to write the catalogue to.',
    badDate: (value: string) => `Invalid --date "${value}" (YYYY-MM-DD).`,
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    sheet: (problem: SheetProblem) =>
      problem.code === 'missing-columns' ? `Required columns missing: ${problem.columns!.map((name) => `"${name}"`).join(', ')} (the first row must hold the template's headers).`
        : problem.code === 'unknown-columns' ? `Unknown columns (not used): ${problem.columns!.map((name) => `"${name}"`).join(', ')}.`
          : 'The sheet has no rows with services.',
    problems: (n: number) => `Problems in the sheet (${n}):`,
    invalid: (n: number) => `Failed the catalogue check (${n}):`,
    written: (services: number, organizations: number, locations: number, output: string) =>
      `Written: ${services} services, ${organizations} providers, ${locations} places → ${output}`,
    rows: (rows: number, skipped: number) => `Rows with services: ${rows}, skipped: ${skipped}.`,
    ok: 'Result: the catalogue passes the check (as pomoc validate).',
    nothing: 'No row could be used; nothing was written.',
    failed: (message: string) => `Writing failed, nothing was written: ${message}`,
    defaultTitle: 'Katalog sociálních a souvisejících služeb',
    defaultPublisher: 'Správce katalogu',
  },
};

export async function importCsvCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'import-csv',
    {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      area: { type: 'string' },
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

  let rows: string[][];
  try {
    const bytes = await readFile(source);
    // exceljs is large: loaded only for a workbook.
    rows =
      extname(source).toLowerCase() === '.xlsx'
        ? await (await import('../partner/xlsx.js')).readXlsxRows(bytes)
        : parseCsv(bytes);
  } catch (error) {
    io.err(t.unreadable(source, (error as Error).message));
    return 2;
  }
  const result = readTemplateRows(rows);
  const fatal = result.sheetProblems.filter((problem) => problem.code !== 'unknown-columns');
  for (const problem of result.sheetProblems) (fatal.includes(problem) ? io.err : io.out)(t.sheet(problem));
  if (fatal.length) return 1;

  const meta: CatalogueMeta = {
    title: values.title ?? t.defaultTitle,
    publisher: { name: values.publisher ?? t.defaultPublisher },
    updated: today,
    language: 'cs',
  };
  if (values.area) meta.area = values.area;
  const built = buildCatalogue(meta, result.parts);
  const invalid = built.issues.filter((issue) => issue.severity === 'error');

  if (result.problems.length) {
    io.out(`\n${t.problems(result.problems.length)}`);
    for (const problem of result.problems)
      io.out(`  ${problem.effect === 'row-skipped' ? '✗' : '!'} ${problemText(problem, lang)}`);
  }
  if (invalid.length) {
    io.out(`\n${t.invalid(invalid.length)}`);
    for (const issue of invalid) io.out(`  ✗ ${formatIssue(issue, lang)}`);
  }
  if (built.file.services.length === 0) {
    io.err(t.nothing);
    return 1;
  }
  const recheck = validateCatalogue(structuredClone(built.file)).issues.filter((issue) => issue.severity === 'error');
  if (recheck.length) {
    for (const issue of recheck) io.err(`✗ ${formatIssue(issue, lang)}`);
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
    `\n${t.written(built.file.services.length, built.file.organizations.length, built.file.locations?.length ?? 0, values.output)}`,
  );
  io.out(t.rows(result.rows, result.skippedRows + invalid.filter((issue) => issue.effect === 'record-dropped').length));
  io.out(t.ok);
  return result.skippedRows || invalid.length ? 1 : 0;
}
