/** What the `pomoc` commands share: output, reading sources, progress, grouped notes. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CatalogueError } from '../catalogue/errors.js';
import type { MessageLang } from '../catalogue/messages.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { noteText, type Note } from '../partner/notes.js';
import { diffCatalogues, parseShare, removedShare, type CatalogueDiff } from '../partner/diff.js';
import type { CatalogueFile } from '../catalogue/schema.js';
import { existsSync } from 'node:fs';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * A text file as a string, without the byte-order mark spreadsheet tools and Windows editors put
 * first (a browser's decoder drops it too, so a file the widgets read, the CLI reads).
 */
export async function readTextFile(path: string): Promise<string> {
  return stripBom(await readFile(path, 'utf8'));
}

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The words a command says when its catalogue cannot be read, in its language. */
export interface CatalogueReadTexts {
  unreadable: (source: string, message: string) => string;
  notCatalogue: (source: string) => string;
}

/**
 * A command's catalogue from a file or an http(s) URL, validated as the widgets do; or, when it
 * cannot be had, the message said and the exit code (1 not a catalogue, 2 unreadable).
 */
export async function readCatalogueSource(source: string, t: CatalogueReadTexts, io: Io): Promise<Catalogue | number> {
  try {
    let text: string;
    if (isUrl(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = stripBom(await response.text());
    } else {
      text = await readTextFile(source);
    }
    return validateCatalogue(JSON.parse(text));
  } catch (error) {
    if (error instanceof CatalogueError) {
      io.err(t.notCatalogue(source));
      return 1;
    }
    io.err(t.unreadable(source, (error as Error).message));
    return 2;
  }
}

/** A byte stream without a leading UTF-8 byte-order mark. */
function withoutBom(stream: Readable): Readable {
  let start = true;
  let head = Buffer.alloc(0);
  return stream.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (!start) return done(null, chunk);
        head = Buffer.concat([head, chunk]);
        if (head.length < 3) return done();
        start = false;
        done(null, head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head);
      },
      flush(done) {
        done(null, start && head.length ? head : undefined);
      },
    }),
  );
}

/** A file or an http(s) URL as a byte stream, with its size when known (for progress). */
export async function openSource(source: string): Promise<{ stream: Readable; size?: number }> {
  if (isUrl(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(10 * 60_000) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const length = Number(response.headers.get('content-length'));
    return {
      stream: withoutBom(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)),
      size: length > 0 ? length : undefined,
    };
  }
  const { size } = await stat(source);
  return { stream: withoutBom(createReadStream(source)), size };
}

/** Notes of the same kind and value on one line: "unknown target group X (×37: RPSS 1, RPSS 2, …)". */
export function groupedNotes(notes: readonly Note[], lang: MessageLang, examples = 4): string[] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const key = `${note.code}|${JSON.stringify(note.params ?? {})}`;
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  return [...groups.values()].map((group) => {
    const text = noteText({ ...group[0], where: undefined }, lang);
    const wheres = [...new Set(group.map((note) => note.where).filter(Boolean))];
    if (wheres.length === 0) return text;
    if (wheres.length === 1) return `${wheres[0]}: ${text}`;
    const more = wheres.length > examples ? ', …' : '';
    return `${text} (×${wheres.length}: ${wheres.slice(0, examples).join(', ')}${more})`;
  });
}

/** "1 234 567" in Czech, "1,234,567" in English. */
export const count = (value: number, lang: MessageLang) => value.toLocaleString(lang === 'cs' ? 'cs-CZ' : 'en-GB');

export const seconds = (ms: number, lang: MessageLang) =>
  (ms / 1000).toLocaleString(lang === 'cs' ? 'cs-CZ' : 'en-GB', { maximumFractionDigits: 1 });

/** Several values of one option, each possibly a comma-separated list. */
export const optionList = (values: string[] | undefined) =>
  (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * A command's options (with `help: { type: 'boolean', short: 'h' }` among them) and its source, or
 * the exit code when there is nothing more to do: 2 with the usage for a bad option, 0 after --help.
 */
export function commandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  command: string,
  options: O,
  usage: string,
  io: Io,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return 0;
  }
  return { values: parsed.values, source: parsed.positionals.find((arg) => arg !== command) };
}

/** A usage error: the message, the usage, exit code 2. */
export function usageError(io: Io, usage: string, message: string): number {
  io.err(`${message}\n\n${usage}`);
  return 2;
}

const GUARD = {
  cs: {
    badShare: (value: string) => `Neplatný podíl --max-removed „${value}“ (např. 5%).`,
    guard: (share: string, limit: string, against: string) =>
      `Pojistka: oproti ${against} by zmizelo ${share} služeb nebo míst (povoleno ${limit}); nic nebylo zapsáno.`,
    removed: 'Zmizelo by:',
  },
  en: {
    badShare: (value: string) => `Invalid --max-removed "${value}" (e.g. 5%).`,
    guard: (share: string, limit: string, against: string) =>
      `Guard: against ${against}, ${share} of the services or places would vanish (allowed ${limit}); nothing was written.`,
    removed: 'Would vanish:',
  },
};

const percent = (share: number) => `${(share * 100).toLocaleString('cs-CZ', { maximumFractionDigits: 1 })} %`;

/** The share of `--max-removed` ("5%", "0.05"), undefined when absent, or the usage error's text. */
export function maxRemovedOption(value: string | undefined, lang: MessageLang): number | undefined | { error: string } {
  if (value === undefined) return undefined;
  return parseShare(value) ?? { error: GUARD[lang].badShare(value) };
}

/**
 * The publish guard of the importers (`--max-removed`): the new catalogue against the one it
 * replaces — the `--merge` catalogue, else the existing output file when it reads as a catalogue.
 * Returns the comparison (undefined when there is nothing to compare with) and whether the guard
 * stopped the write; when it did, it has said why on stderr, with what would vanish.
 */
export async function publishGuard(options: {
  io: Io;
  lang: MessageLang;
  file: CatalogueFile;
  existing?: Catalogue;
  mergePath?: string;
  output: string;
  maxRemoved?: number;
}): Promise<{ diff?: CatalogueDiff; stopped: boolean }> {
  const { io, lang, file, maxRemoved } = options;
  let previous = options.existing;
  let against = options.mergePath;
  if (!previous && existsSync(options.output)) {
    try {
      previous = validateCatalogue(JSON.parse(await readTextFile(options.output)), { keepEnded: true });
      against = options.output;
    } catch {
      // Not a catalogue we can read: nothing to compare with.
    }
  }
  if (!previous) return { stopped: false };
  const diff = diffCatalogues(previous, { ...file, locations: file.locations ?? [] });
  if (maxRemoved === undefined || removedShare(diff) <= maxRemoved) return { diff, stopped: false };
  const t = GUARD[lang];
  io.err(t.guard(percent(removedShare(diff)), percent(maxRemoved), against ?? options.output));
  io.err(t.removed);
  for (const entry of diff.removed.slice(0, 50)) io.err(`  − ${entry.entity} ${entry.id} (${entry.name})`);
  if (diff.removed.length > 50) io.err(`  … (${diff.removed.length - 50})`);
  return { diff, stopped: true };
}
