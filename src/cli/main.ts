/**
 * The `pomoc` command line: tools for the people who keep a catalogue.
 *   pomoc validate <file|url> [--lang cs|en] [--json] [--strict] [--lang-coverage]
 *   pomoc schema
 *   pomoc import-rpss <file|url> --orp … -o katalog.json   (see import-rpss.ts)
 *   pomoc import-csv <file.csv|file.xlsx> -o katalog.json   (see import-csv.ts)
 *   pomoc export-hsds <catalogue> -o dir/                   (see export-hsds.ts)
 *   pomoc import-katalog <katalog.json> -o katalog.json     (see import-katalog.ts)
 *   pomoc diff <old.json> <new.json>                         (see diff.ts)
 *   pomoc booklet <catalogue> -o katalog.pdf                (see booklet.ts)
 */
// The code lists' English and Ukrainian labels, for the commands that print or write them.
import '../catalogue/codelist-translations.js';
import '../catalogue/national-crisis-lines.translations.js';
import { parseArgs } from 'node:util';
import { CatalogueError } from '../catalogue/errors.js';
import { catalogueJsonSchemaText } from '../catalogue/json-schema.js';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import { describeJsonError } from '../catalogue/json-error.js';
import { textIn } from '../catalogue/text.js';
import { languageCoverage } from '../catalogue/coverage.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { formatCoverage } from './coverage.js';
import { readTextFile, type Io } from './shared.js';

const VERSION = '0.1.0';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc validate <soubor|url> [--lang cs|en] [--json] [--strict]
                                                        zkontroluje katalog, vypíše každý problém
                                                        (--strict: i varování, např. opravy, jsou chybou)
    --lang-coverage                                     a kolik textů pro obyvatele chybí v každém jazyce
  pomoc schema                                          vypíše JSON Schema formátu katalogu
  pomoc import-rpss <soubor|url> --orp … -o <katalog>   katalog oblasti z registru poskytovatelů (MPSV)
  pomoc import-csv <soubor.csv|.xlsx> -o <katalog>      katalog z tabulky podle šablony
  pomoc export-hsds <katalog> -o <adresář>              export do Open Referral HSDS 3.0 (JSON)
  pomoc import-katalog <katalog.json> -o <katalog>      katalog z národního katalogu služeb pro seniory (MPSV + ÚZIS)
  pomoc diff <starý.json> <nový.json>                   co přibylo, zmizelo a změnilo se
  pomoc booklet <katalog> -o <katalog.pdf>              tištěný katalog poskytovatelů (PDF)
  pomoc <příkaz> --help                                 podrobnosti k příkazu
  pomoc --help | --version

Kód ukončení: 0 katalog je platný (nanejvýš s varováními a opravami), 1 záznam nebo hodnota
byly vynechány (nebo soubor není katalog), 2 soubor nelze přečíst.`,
    catalogue: 'Katalog', errors: 'Chyby', warnings: 'Varování', loaded: 'Načteno',
    counts: (c: Counts) => `${c.organizations} organizací, ${c.locations} míst, ${c.services} služeb, ${c.situations} životních situací, ${c.crisisLines} krizových linek`,
    valid: (w: number) => `Výsledek: PLATNÝ${w ? ` (${w} varování)` : ''}.`,
    invalid: (e: number, w: number) => `Výsledek: NEPLATNÝ – chyb: ${e}, varování: ${w}.`,
    unreadable: 'Soubor nelze přečíst', notJson: 'Soubor není platný JSON', unknownCommand: 'Neznámý příkaz',
    missingSource: 'Chybí soubor nebo adresa katalogu.',
    notCatalogue: 'Soubor není katalog Pomoc (nejde o objekt JSON, nebo chybí schemaVersion).',
    schemaVersion: (v: unknown) => `Nepodporovaná verze formátu ${JSON.stringify(v)}; tato verze Pomoc čte verze 1 a 1.1.`,
  },
  en: {
    usage: `Usage:
  pomoc validate <file|url> [--lang cs|en] [--json] [--strict]
                                                      check a catalogue and list every problem
                                                      (--strict: warnings, e.g. repairs, are errors too)
    --lang-coverage                                   and how many resident-facing texts each language lacks
  pomoc schema                                        print the JSON Schema of the catalogue format
  pomoc import-rpss <file|url> --orp … -o <catalogue> a catalogue of an area from the national registry (MPSV)
  pomoc import-csv <file.csv|.xlsx> -o <catalogue>    a catalogue from a spreadsheet made from the template
  pomoc export-hsds <catalogue> -o <dir>              export to Open Referral HSDS 3.0 (JSON)
  pomoc import-katalog <katalog.json> -o <catalogue>  a catalogue from the national catalogue of seniors' services (MPSV + ÚZIS)
  pomoc diff <old.json> <new.json>                    what was added, removed and changed
  pomoc booklet <catalogue> -o <catalogue.pdf>        the printed catalogue of providers (PDF)
  pomoc <command> --help                              details of a command
  pomoc --help | --version

Exit code: 0 the catalogue is valid (at most with warnings and repairs), 1 a record or value was
left out (or the file is not a catalogue), 2 it cannot be read.`,
    catalogue: 'Catalogue', errors: 'Errors', warnings: 'Warnings', loaded: 'Loaded',
    counts: (c: Counts) => `${c.organizations} organisations, ${c.locations} locations, ${c.services} services, ${c.situations} life situations, ${c.crisisLines} crisis lines`,
    valid: (w: number) => `Result: VALID${w ? ` (${w} warnings)` : ''}.`,
    invalid: (e: number, w: number) => `Result: INVALID – ${e} errors, ${w} warnings.`,
    unreadable: 'Cannot read the file', notJson: 'The file is not valid JSON', unknownCommand: 'Unknown command',
    missingSource: 'Give the file or URL of a catalogue.',
    notCatalogue: 'The file is not a Pomoc catalogue (not a JSON object, or no schemaVersion).',
    schemaVersion: (v: unknown) => `Unsupported format version ${JSON.stringify(v)}; this version of Pomoc reads versions 1 and 1.1.`,
  },
};

interface Counts {
  organizations: number;
  locations: number;
  services: number;
  situations: number;
  crisisLines: number;
}

type Command = (argv: string[], lang: MessageLang, io: Io) => Promise<number>;

// Loaded when asked for: `validate` should not pay for the spreadsheet and geodesy libraries.
const PARTNER_COMMANDS: Record<string, () => Promise<Command>> = {
  'import-rpss': async () => (await import('./import-rpss.js')).importRpssCommand,
  'import-csv': async () => (await import('./import-csv.js')).importCsvCommand,
  'export-hsds': async () => (await import('./export-hsds.js')).exportHsdsCommand,
  'import-katalog': async () => (await import('./import-katalog.js')).importKatalogCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  booklet: async () => (await import('./booklet.js')).bookletCommand,
};

/** The value of --lang anywhere in the arguments (--lang en or --lang=en). */
function langOption(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return undefined;
  return argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
}

const defaultLang = (): MessageLang => ((process.env.LC_ALL || process.env.LANG || '').startsWith('cs') ? 'cs' : 'en');

export async function main(argv: string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  const partner = argv.find((arg) => Object.hasOwn(PARTNER_COMMANDS, arg));
  if (partner) {
    const requested = langOption(argv);
    const lang: MessageLang = requested === 'cs' || requested === 'en' ? requested : defaultLang();
    return (await PARTNER_COMMANDS[partner]())(argv, lang, io);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        'lang-coverage': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.err(String((error as Error).message));
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: MessageLang = values.lang === 'cs' || values.lang === 'en' ? values.lang : defaultLang();
  const t = T[lang];
  const [command, source] = positionals;

  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  if (values.help || !command) {
    io.out(t.usage);
    return command || values.help ? 0 : 2;
  }
  if (command === 'schema') {
    io.out(catalogueJsonSchemaText().trimEnd());
    return 0;
  }
  if (command !== 'validate') {
    io.err(`${t.unknownCommand}: ${command}\n\n${t.usage}`);
    return 2;
  }
  if (!source) {
    io.err(`${t.missingSource}\n\n${t.usage}`);
    return 2;
  }

  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    io.err(`${t.unreadable}: ${source}: ${(error as Error).message}`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`${t.notJson}: ${source}: ${describeJsonError(error as Error, text)}`);
    return 1;
  }
  let catalogue: Catalogue;
  try {
    catalogue = validateCatalogue(json);
  } catch (error) {
    if (error instanceof CatalogueError) {
      const version = (json as { schemaVersion?: unknown }).schemaVersion;
      io.err(
        `${source}: ${error.code === 'schema-version' && version !== undefined ? t.schemaVersion(version) : t.notCatalogue}`,
      );
      return 1;
    }
    throw error;
  }

  // --strict: a repaired or ended record fails a publishing pipeline that wants clean data.
  const failing = (issue: Catalogue['issues'][number]) => issue.severity === 'error' || values.strict;
  const errors = catalogue.issues.filter(failing);
  const warnings = catalogue.issues.filter((issue) => !failing(issue));
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          source,
          valid: errors.length === 0,
          counts: counts(catalogue),
          issues: catalogue.issues.map((issue) => ({ ...issue, message: formatIssue(issue, lang) })),
          ...(values['lang-coverage'] ? { languageCoverage: languageCoverage(catalogue) } : {}),
        },
        null,
        2,
      ),
    );
    return errors.length ? 1 : 0;
  }
  io.out(`${t.catalogue}: ${textIn(catalogue.meta.title, lang, catalogue.meta.language)} (${source})`);
  if (errors.length) {
    io.out(`\n${t.errors} (${errors.length}):`);
    for (const issue of errors) io.out(`  ✗ ${formatIssue(issue, lang)}`);
  }
  if (warnings.length) {
    io.out(`\n${t.warnings} (${warnings.length}):`);
    for (const issue of warnings) io.out(`  ! ${formatIssue(issue, lang)}`);
  }
  io.out(`\n${t.loaded}: ${t.counts(counts(catalogue))}.`);
  io.out(errors.length ? t.invalid(errors.length, warnings.length) : t.valid(warnings.length));
  if (values['lang-coverage']) io.out(`\n${formatCoverage(languageCoverage(catalogue), lang).join('\n')}`);
  return errors.length ? 1 : 0;
}

const counts = (catalogue: Catalogue): Counts => ({
  organizations: catalogue.organizations.length,
  locations: catalogue.locations.length,
  services: catalogue.services.length,
  situations: catalogue.situations.length,
  crisisLines: catalogue.crisisLines.length,
});

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readTextFile(source);
}
