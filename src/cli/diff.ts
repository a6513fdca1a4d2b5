/**
 * `pomoc diff <old.json> <new.json> [--json] [--max-removed 5%]`: what was added, removed and
 * changed between two versions of a catalogue, record by record, before a new one is published.
 * With --max-removed it exits 1 when too much vanished, so a publishing script can stop there.
 */
import type { MessageLang } from '../catalogue/messages.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { diffCatalogues, parseShare, removedShare, type DiffEntry } from '../partner/diff.js';
import { commandArgs, readTextFile, usageError, type Io } from './shared.js';

// prettier-ignore
const T = {
  cs: {
    usage: `Použití:
  pomoc diff <starý.json> <nový.json> [--json] [--max-removed <podíl>] [--lang cs|en]

Vypíše, co mezi dvěma verzemi katalogu přibylo, zmizelo a změnilo se (služby, poskytovatelé,
místa podle id). S --max-removed (např. 5%) skončí kódem 1, zmizí-li víc služeb nebo míst.

Kód ukončení: 0 porovnáno, 1 zmizelo víc než --max-removed, 2 chybné použití nebo nečitelný soubor.`,
    missing: 'Zadejte dva katalogy: starý a nový.',
    badShare: (value: string) => `Neplatný podíl --max-removed „${value}“ (např. 5%).`,
    unreadable: (source: string, message: string) => `Soubor nelze přečíst: ${source}: ${message}`,
    entity: { service: 'služba', organization: 'poskytovatel', location: 'místo' },
    added: 'Přibylo', removed: 'Zmizelo', changed: 'Změněno',
    summary: (a: number, r: number, c: number) => `Celkem: přibylo ${a}, zmizelo ${r}, změněno ${c}.`,
    guard: (share: string, limit: string) => `Zmizelo ${share} služeb nebo míst, víc než povolených ${limit}.`,
    same: 'Katalogy se neliší.',
  },
  en: {
    usage: `Usage:
  pomoc diff <old.json> <new.json> [--json] [--max-removed <share>] [--lang cs|en]

Lists what was added, removed and changed between two versions of a catalogue (services,
providers, places by id). With --max-removed (e.g. 5%) it exits 1 when more services or places vanished.

Exit code: 0 compared, 1 more vanished than --max-removed, 2 usage error or unreadable file.`,
    missing: 'Give two catalogues: the old one and the new one.',
    badShare: (value: string) => `Invalid --max-removed "${value}" (e.g. 5%).`,
    unreadable: (source: string, message: string) => `Cannot read the file: ${source}: ${message}`,
    entity: { service: 'service', organization: 'provider', location: 'place' },
    added: 'Added', removed: 'Removed', changed: 'Changed',
    summary: (a: number, r: number, c: number) => `In all: ${a} added, ${r} removed, ${c} changed.`,
    guard: (share: string, limit: string) => `${share} of the services or places vanished, more than the ${limit} allowed.`,
    same: 'The catalogues do not differ.',
  },
};

const percent = (share: number) => `${(share * 100).toLocaleString('cs-CZ', { maximumFractionDigits: 1 })} %`;

export async function diffCommand(argv: string[], lang: MessageLang, io: Io): Promise<number> {
  const t = T[lang];
  const args = commandArgs(
    argv,
    'diff',
    {
      json: { type: 'boolean' },
      'max-removed': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    t.usage,
    io,
  );
  if (typeof args === 'number') return args;
  const files = argv.filter(
    (arg, index) => !arg.startsWith('-') && arg !== 'diff' && !/^--(lang|max-removed)$/.test(argv[index - 1] ?? ''),
  );
  if (files.length !== 2) return usageError(io, t.usage, t.missing);
  const limitText = args.values['max-removed'];
  const limit = limitText === undefined ? undefined : parseShare(limitText);
  if (limitText !== undefined && limit === undefined) return usageError(io, t.usage, t.badShare(limitText));

  const catalogues: Catalogue[] = [];
  for (const file of files) {
    try {
      // Ended services are still in the file: a diff compares files, not what a page shows.
      catalogues.push(validateCatalogue(JSON.parse(await readTextFile(file)), { keepEnded: true }));
    } catch (error) {
      io.err(t.unreadable(file, (error as Error).message));
      return 2;
    }
  }
  const diff = diffCatalogues(catalogues[0], catalogues[1]);
  const share = removedShare(diff);
  const tooMuch = limit !== undefined && share > limit;
  if (args.values.json) {
    io.out(JSON.stringify({ old: files[0], new: files[1], ...diff, removedShare: share }, null, 2));
    return tooMuch ? 1 : 0;
  }
  const line = (mark: string, entry: DiffEntry) =>
    `  ${mark} ${t.entity[entry.entity]} ${entry.id} (${entry.name})${entry.fields ? `: ${entry.fields.join(', ')}` : ''}`;
  for (const [title, entries, mark] of [
    [t.added, diff.added, '+'],
    [t.removed, diff.removed, '−'],
    [t.changed, diff.changed, '~'],
  ] as const) {
    if (!entries.length) continue;
    io.out(`${title} (${entries.length}):`);
    for (const entry of entries) io.out(line(mark, entry));
    io.out('');
  }
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  io.out(total ? t.summary(diff.added.length, diff.removed.length, diff.changed.length) : t.same);
  if (tooMuch) {
    io.err(t.guard(percent(share), percent(limit!)));
    return 1;
  }
  return 0;
}
