/** What the `pomoc` commands share: output, reading sources, progress, grouped notes. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CatalogueError } from '../catalogue/errors.js';
import type { MessageLang } from '../catalogue/messages.js';
import { validateCatalogue, type Catalogue } from '../catalogue/validate.js';
import { noteText, type Note } from '../partner/notes.js';

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
