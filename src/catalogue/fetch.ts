/**
 * Fetching a catalogue's bytes, with a timeout and an error that says what went wrong (no
 * connection, CORS, HTTP, a download cut midway). The same on the page and in the worker.
 */
import { CatalogueError } from './errors.js';

/**
 * The bytes of the catalogue at `url` (absolute), in the chunks they arrived in, or a
 * CatalogueError that says why there are none. Chunks, not one buffer joined at the end (joining
 * 30 MB is a long task of the page), except for a large response that says its length: that one is
 * written into one array as it arrives (readChunks). The worker gets them without a copy.
 * `onResponse` hears the size the server announces (Content-Length, if it sends one) before the
 * body arrives: the loader prepares meanwhile what a file of that size is read with.
 */
export async function fetchBytes(
  url: string,
  timeout: number,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
  onResponse?: (length: number | undefined) => void,
): Promise<Uint8Array[]> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout, cause);
      if (isCrossOrigin(url) && (await answersOpaquely(fetchFn, url))) {
        throw new CatalogueError(
          'cors',
          `The server of ${url} answers, but does not let other websites read the catalogue (CORS). Its publisher must send the header Access-Control-Allow-Origin.`,
          { url, cause },
        );
      }
      throw new CatalogueError(
        'network',
        `The catalogue at ${url} cannot be reached (no connection, or the server is down).`,
        {
          url,
          cause,
        },
      );
    }
    if (!response.ok) {
      const reason = response.status === 404 ? 'was not found' : `answered with an error`;
      throw new CatalogueError('http', `The catalogue at ${url} ${reason} (HTTP ${response.status}).`, {
        url,
        status: response.status,
      });
    }
    const length = Number(response.headers.get('Content-Length') ?? NaN);
    onResponse?.(Number.isFinite(length) ? length : undefined);
    try {
      return await readChunks(response, Number.isFinite(length) ? length : undefined);
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout, cause);
      throw new CatalogueError('network', `The catalogue at ${url} stopped downloading midway.`, { url, cause });
    }
  } finally {
    clearTimeout(timer);
  }
}

// From this size (the catalogue worker's, loader.ts), a response that says its length is read
// into one array as it arrives: the worker decodes it without first copying 30 MB of pieces into
// one (≈ 85–150 ms of its work at 20,000 services), and gives it back to the page in one piece.
const ONE_PIECE_FROM = 1 << 20;

// A compressed response announces its compressed size (then the body outgrows the array, and is
// read in pieces), an uncompressed one its own; an absurd one is not believed.
const ONE_PIECE_UP_TO = 1 << 29;
function oneArray(length: number): Uint8Array | undefined {
  if (length > ONE_PIECE_UP_TO) return undefined;
  try {
    return new Uint8Array(length);
  } catch {
    // Not that much memory: in pieces.
    return undefined;
  }
}

async function readChunks(response: Response, length?: number): Promise<Uint8Array[]> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  let whole = length !== undefined && length >= ONE_PIECE_FROM ? oneArray(length) : undefined;
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return whole ? [whole.subarray(0, at)] : chunks;
    if (whole && at + value.length <= whole.length) {
      whole.set(value, at);
      at += value.length;
    } else {
      // More than the length said (a compressed response's length is the compressed size): in pieces.
      if (whole) chunks.push(whole.subarray(0, at));
      whole = undefined;
      chunks.push(value);
    }
  }
}

/** How many bytes `chunks` hold. */
export const lengthOf = (chunks: readonly Uint8Array[]) => chunks.reduce((sum, chunk) => sum + chunk.length, 0);

const timeoutError = (url: string, timeout: number, cause: unknown) =>
  new CatalogueError('timeout', `The catalogue at ${url} did not arrive within ${Math.round(timeout / 1000)} s.`, {
    url,
    cause,
  });

function isCrossOrigin(url: string): boolean {
  return typeof location !== 'undefined' && new URL(url).origin !== location.origin;
}

/**
 * A failed cross-origin fetch is a CORS block or a network failure: the browser will not say
 * which. A no-cors request succeeds (opaquely) only when the server answers, so it tells them apart.
 */
async function answersOpaquely(fetchFn: typeof fetch, url: string): Promise<boolean> {
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}
