/**
 * From a catalogue file's text to a validated catalogue: JSON parsing with a readable error (line,
 * column, or "a web page instead"), then record-by-record validation. Loaded by the loader with the
 * first catalogue, not with the page. Each step runs in slices of the main thread (yield.ts), so
 * that no task of loading a large catalogue freezes the town's page for more than a few dozen ms.
 *
 * Validation first runs the generated fast path alone (validate-core.ts), without zod and the
 * schema: a valid catalogue loads with neither. zod and the schema (validate.ts, the largest part of
 * the data layer) are fetched only when a record or the metadata is not taken as it is, and then
 * validate the whole file, with the same result and messages as `validateCatalogue`.
 */
import type { CatalogueCache } from './cache.js';
import { CatalogueError } from './errors.js';
import type { CatalogueSource } from './loader.js';
import { parseJsonSteps } from './parse.js';
import { validateAsIsSteps, type Catalogue } from './validate-core.js';
import { inSlices, type Steps } from './yield.js';

/**
 * How steps run: `inSlices` of the main thread, or at once (wrapped in a promise) in the worker.
 * `whole`: nothing needs to yield (the worker), so work that has a faster form in one piece takes it.
 */
export type Run = (<T>(steps: Steps<T>) => Promise<T>) & { whole?: boolean };

/** The catalogue as `validateCatalogue` gives it, in slices; zod is loaded only when the file needs it. */
export async function validate(json: unknown, run: Run = inSlices): Promise<Catalogue> {
  return (
    (await run(validateAsIsSteps(json))) ?? (await run((await import('./validate.js')).validateCatalogueSteps(json)))
  );
}

/** A catalogue file's text read and validated (the last good copy). */
export async function readCatalogue(url: string, text: string, run: Run = inSlices): Promise<Catalogue> {
  return validate(await parseCatalogue(url, text, run), run);
}

/** What fetching a catalogue gave: its bytes, or why there are none. */
export type Fetched = { bytes: Uint8Array[]; error?: undefined } | { error: CatalogueError; bytes?: undefined };

/** The catalogue to show and where it comes from, and the saving of the last good copy if one is made. */
export interface Settled {
  catalogue: Catalogue;
  source: CatalogueSource;
  saved?: Promise<void>;
  /** The file's JSON as parsed, when the catalogue is the fetched file's (not the last good copy). */
  json?: unknown;
}

/**
 * From what the fetch gave to the catalogue to show: the file decoded, parsed and validated, and
 * kept as the last good copy; or, when the source failed or lost a whole part, the last good copy.
 * The same on the main thread (the loader, in slices) and in the worker (at once).
 */
export async function settle(
  url: string,
  fetched: Fetched,
  cache: CatalogueCache | undefined,
  run: Run,
  /** Called once the bytes are decoded and no longer needed here (the worker gives them back to the page). */
  decoded?: () => void,
): Promise<Settled> {
  try {
    if (fetched.error) throw fetched.error;
    const text = await run(decodeSteps(fetched.bytes));
    decoded?.();
    const json = await parseCatalogue(url, text, run);
    const catalogue = await validate(json, run);
    const fetchedAt = new Date().toISOString();
    const broken = brokenPart(catalogue);
    if (!broken) {
      const saved = cache?.save(url, { text, savedAt: fetchedAt });
      return { catalogue, source: { url, fetchedAt }, saved, json };
    }
    // A file that reads but has lost a whole part (a bad export, a half-edited spreadsheet) does not
    // replace the last good copy, and the copy shows while the source is broken.
    const copy = await cache?.load(url).catch(() => undefined);
    if (copy) {
      try {
        const previous = await readCatalogue(url, copy.text, run);
        if (!brokenPart(previous)) {
          const error = new CatalogueError(
            'not-catalogue',
            `The catalogue at ${url} has no valid ${broken} now; the copy of ${copy.savedAt} is shown.`,
            { url },
          );
          return { catalogue: previous, source: { url, fetchedAt: copy.savedAt, stale: { error } } };
        }
      } catch {
        // The copy is no better: show what the source has.
      }
    }
    return { catalogue, source: { url, fetchedAt }, json };
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    const copy = await cache?.load(url);
    if (!copy) throw error;
    try {
      const catalogue = await readCatalogue(url, copy.text, run);
      return { catalogue, source: { url, fetchedAt: copy.savedAt, stale: { error } } };
    } catch {
      throw error;
    }
  }
}

// About 6 ms of decoding each in Chromium.
const DECODE_STEP = 2 << 20;
// Decoded a piece at a time: Chromium decodes 30 MB of Czech text in pieces of 256 kB in ≈ 185 ms,
// in pieces of 2 MB or in one piece in ≈ 345 ms (a worker's microbenchmark, three runs each).
const DECODE_PIECE = 1 << 18;

/**
 * The same decoding as response.text() (UTF-8, a BOM dropped, bad bytes replaced), measured about
 * a fifth faster in Chromium on the 30 MB benchmark catalogue, chunk by chunk as the file arrived,
 * in steps of about 2 MB (see yield.ts).
 */
function* decodeSteps(chunks: readonly Uint8Array[]): Steps<string> {
  const decoder = new TextDecoder();
  let text = '';
  let sinceStep = 0;
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += DECODE_PIECE) {
      const part = chunk.subarray(at, at + DECODE_PIECE);
      text += decoder.decode(part, { stream: true });
      sinceStep += part.length;
      if (sinceStep >= DECODE_STEP) {
        sinceStep = 0;
        yield;
      }
    }
  }
  return text + decoder.decode();
}

/**
 * The JSON of a catalogue file, in slices, or a readable error. Apart from validation so that the
 * loader can tell a file that is not JSON from one that is not a catalogue.
 */
export async function parseCatalogue(url: string, text: string, run: Run = inSlices): Promise<unknown> {
  try {
    // In the worker, one JSON.parse: the steps' scanner (JavaScript over every character) took
    // ≈ 1.3 s of the worker's 2.3 s at 20,000 services (CPU profile of the README page).
    return run.whole ? JSON.parse(text) : await run(parseJsonSteps(text));
  } catch (cause) {
    const looksLikeHtml = /^\s*</.test(text);
    throw new CatalogueError(
      'not-json',
      looksLikeHtml
        ? `${url} returned a web page instead of a catalogue (JSON). Check the address.`
        : `${url} is not valid JSON: ${(await import('./json-error.js')).describeJsonError(cause as Error, text)}.`,
      { url, cause },
    );
  }
}

/**
 * The part of a catalogue lost whole: a collection that is not a list, or services of which not
 * one is valid. Undefined for a catalogue that is only partly broken (a record here and there).
 */
export function brokenPart(catalogue: Catalogue): string | undefined {
  for (const issue of catalogue.issues) {
    if (
      issue.severity === 'error' &&
      (issue.path === 'services' || issue.path === 'organizations' || issue.path === 'locations')
    ) {
      return issue.path;
    }
  }
  if (catalogue.services.length === 0 && catalogue.issues.some((issue) => issue.path.startsWith('services['))) {
    return 'services';
  }
  return undefined;
}
