/** `pomoc export-hsds <catalogue> -o dir/`: the catalogue as Open Referral HSDS 3.0 JSON. */
import { join } from 'node:path';
import { formatIssue, type MessageLang } from '../catalogue/messages.js';
import { LANG_PATTERN } from '../catalogue/schema.js';
import { toHsds } from '../partner/hsds.js';
import { catalogueJson, writeFileAtomic } from '../partner/write.js';
import { commandArgs, readCatalogueSource, usageError, type Io } from './shared.js';

export const HSDS_FILE = 'services.json';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc export-hsds <katalog|url> -o <adresář> [--language cs|en|…] [--lang cs|en]

Zapíše služby katalogu ve formátu Open Referral HSDS 3.0 (JSON) do <adresář>/${HSDS_FILE}:
jedna stránka (Page) služeb, každá s vloženou organizací, místy, adresami, telefony,
otevírací dobou a oblastí působnosti, jak je vrací HSDS API /services. Utajené adresy se
exportují jen s obcí.

  -o, --output <adresář>  kam export zapsat
  --language <kód>        jazyk textů v exportu (výchozí jazyk katalogu)
  --lang cs|en            jazyk zpráv

Kód ukončení: 0 zapsáno, 1 katalog obsahuje chyby (opravte je: pomoc validate), 2 chybné použití nebo nečitelný soubor.`,
    missingSource: 'Chybí soubor nebo adresa katalogu.',
    missingOutput: 'Chybí -o <adresář> pro zápis exportu.',
    badLanguage: (value: string) => `Neplatný kód jazyka --language „${value}“.`,
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    notCatalogue: (source: string) => `${source}: není katalog Pomoc.`,
    invalid: (n: number) => `Katalog obsahuje chyby (${n}); nic nebylo zapsáno. Opravte je (pomoc validate) a export opakujte:`,
    written: (services: number, organizations: number, locations: number, path: string) =>
      `Zapsáno: ${services} služeb, ${organizations} organizací, ${locations} míst → ${path} (HSDS 3.0)`,
    failed: (message: string) => `Zápis selhal, nic nebylo zapsáno: ${message}`,
  },
  en: {
    usage: `Usage:
  pomoc export-hsds <catalogue|url> -o <dir> [--language cs|en|…] [--lang cs|en]

Writes the catalogue's services as Open Referral HSDS 3.0 JSON to <dir>/${HSDS_FILE}: one Page
of services, each with its organization, locations, addresses, phones, schedules and service
areas embedded, as the HSDS API /services returns them. Hidden addresses are exported with their
town only.

  -o, --output <dir>      where to write the export
  --language <code>       language of the texts in the export (default: the catalogue's)
  --lang cs|en            message language

Exit code: 0 written, 1 the catalogue has errors (fix them: pomoc validate), 2 usage error or unreadable file.`,
    missingSource: 'Give the file or URL of a catalogue.',
    missingOutput: 'Give -o <dir> to write the export to.',
    badLanguage: (value: string) => `Invalid language code --language "${value}".`,
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    notCatalogue: (source: string) => `${source}: not a Pomoc catalogue.`,
    invalid: (n: number) => `The catalogue has errors (${n}); nothing was written. Fix them (pomoc validate) and export again:`,
    written: (services: number, organizations: number, locations: number, path: string) =>
      `Written: ${services} services, ${organizations} organizations, ${locations} locations → ${path} (HSDS 3.0)`,
    failed: (message: string) => `Writing failed, nothing was written: ${message}`,
  },
};

export async function exportHsdsCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'export-hsds',
    {
      output: { type: 'string', short: 'o' },
      language: { type: 'string' },
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
  if (values.language && !LANG_PATTERN.test(values.language)) return usage(t.badLanguage(values.language));

  const catalogue = await readCatalogueSource(source, t, io);
  if (typeof catalogue === 'number') return catalogue;
  const errors = catalogue.issues.filter((issue) => issue.severity === 'error');
  if (errors.length) {
    io.err(t.invalid(errors.length));
    for (const issue of errors) io.err(`  ✗ ${formatIssue(issue, lang)}`);
    return 1;
  }
  const page = toHsds(catalogue, values.language ?? catalogue.meta.language);
  const path = join(values.output, HSDS_FILE);
  try {
    await writeFileAtomic(path, catalogueJson(page));
  } catch (error) {
    io.err(t.failed((error as Error).message));
    return 2;
  }
  const locations = new Set(catalogue.services.flatMap((service) => service.locationIds ?? [])).size;
  const organizations = new Set(catalogue.services.map((service) => service.organizationId)).size;
  io.out(t.written(page.total_items, organizations, locations, path));
  return 0;
}
