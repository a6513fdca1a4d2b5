import { expect } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import { browserCache, type CachedCopy, type CatalogueCache } from './cache.js';
import { CatalogueError } from './errors.js';
import { forgetCatalogue, loadCatalogue, searchIndexOf, whenSearchable } from './loader.js';
import { validateCatalogue } from './validate.js';

let counter = 0;
/** A fresh URL per test, so the page-wide registry of loads does not mix tests. */
const freshUrl = (origin = location.origin) => `${origin}/catalogue-${Date.now()}-${counter++}.json`;

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** How many parts of a copy in parts (cache.ts) IndexedDB holds for `url`. */
function storedParts(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('pomoc', 1);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const counted = db
        .transaction('catalogues')
        .objectStore('catalogues')
        .count(IDBKeyRange.bound([url, 0], [url, Infinity]));
      counted.onsuccess = () => {
        db.close();
        resolve(counted.result);
      };
    };
  });
}

function memoryCache(): CatalogueCache & { copies: Map<string, CachedCopy> } {
  const copies = new Map<string, CachedCopy>();
  return {
    copies,
    load: async (url) => copies.get(url),
    save: async (url, copy) => void copies.set(url, copy),
  };
}

async function rejection(promise: Promise<unknown>): Promise<CatalogueError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogueError);
    return error as CatalogueError;
  }
  throw new Error('expected the load to fail');
}

describe('loadCatalogue', () => {
  it("gives the page's main thread back between decoding, parsing, validating and indexing", async () => {
    // Every yield goes through scheduler.yield() where the browser has it (Chromium does): count them.
    const global = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const original = global.scheduler;
    let yields = 0;
    let fetched = false;
    global.scheduler = { yield: () => (fetched && yields++, Promise.resolve()) };
    try {
      const fetch = async () => ((fetched = true), json(smallCatalogue()));
      const url = freshUrl();
      const catalogue = await loadCatalogue(url, { fetch, cache: false });
      expect(catalogue.services).to.have.length(5);
      // After the fetch: before decoding, parsing and validating, and before the first render.
      expect(yields).to.be.at.least(4);
      const loadYields = yields;
      await whenSearchable(catalogue);
      // Before and after indexing.
      expect(yields - loadYields).to.be.at.least(2);
      forgetCatalogue(url);
    } finally {
      global.scheduler = original;
    }
  });

  it('builds the search index only when asked, once, for every widget that asks', async () => {
    const url = freshUrl();
    const catalogue = await loadCatalogue(url, { fetch: async () => json(smallCatalogue()), cache: false });
    // A widget that searches awaits the index first; the navigator's situations never ask.
    expect(() => searchIndexOf(catalogue)).to.throw('before whenSearchable()');
    const [a, b] = await Promise.all([whenSearchable(catalogue), whenSearchable(catalogue)]);
    expect(a).to.equal(b);
    expect(searchIndexOf(catalogue)).to.equal(a);
    expect(a.search({ text: 'pečovatelská' }).map((hit) => hit.service.id)).to.include('svc-pecovatelska');
    forgetCatalogue(url);
  });

  it('fetches each URL once for every widget that asks', async () => {
    let fetches = 0;
    const fetch = async () => (fetches++, json(smallCatalogue()));
    const url = freshUrl();
    const [a, b] = await Promise.all([
      loadCatalogue(url, { fetch, cache: false }),
      loadCatalogue(url, { fetch, cache: false }),
    ]);
    expect(a).to.equal(b);
    expect(fetches).to.equal(1);
    expect(a.services).to.have.length(5);
    expect(a.source.url).to.equal(url);
    expect(a.source.stale).to.equal(undefined);
    forgetCatalogue(url);
    await loadCatalogue(url, { fetch, cache: false });
    expect(fetches).to.equal(2);
  });

  it('loads the valid records of a partly broken catalogue and reports the rest', async () => {
    const data = smallCatalogue();
    delete (data.services[0] as { name?: string }).name;
    const catalogue = await loadCatalogue(freshUrl(), { fetch: async () => json(data), cache: false });
    expect(catalogue.services).to.have.length(4);
    expect(catalogue.issues[0]).to.include({ path: 'services[0].name' });
    // Through the full validator, loaded for this catalogue only: the same report as validateCatalogue.
    expect(catalogue.issues).to.deep.equal(validateCatalogue(data).issues);
  });

  it('reports an HTTP error with its status, from a real server', async () => {
    const error = await rejection(loadCatalogue('/no-such-catalogue.json', { cache: false }));
    expect(error.code).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(error.message).to.match(/was not found \(HTTP 404\)/);
  });

  it('tells a page or broken JSON from a catalogue', async () => {
    const page = await rejection(
      loadCatalogue(freshUrl(), { fetch: async () => json('<!doctype html><p>Not found'), cache: false }),
    );
    expect(page.code).to.equal('not-json');
    expect(page.message).to.contain('returned a web page instead of a catalogue');
    const broken = await rejection(
      loadCatalogue(freshUrl(), { fetch: async () => json('{"a":\n  1,}'), cache: false }),
    );
    expect(broken.code).to.equal('not-json');
    expect(broken.message).to.match(/line 2/);
  });

  it('refuses an unknown format version', async () => {
    const error = await rejection(
      loadCatalogue(freshUrl(), { fetch: async () => json({ ...smallCatalogue(), schemaVersion: 9 }), cache: false }),
    );
    expect(error.code).to.equal('schema-version');
  });

  it('gives up after the timeout', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    const error = await rejection(loadCatalogue(freshUrl(), { fetch: hanging, timeout: 50, cache: false }));
    expect(error.code).to.equal('timeout');
  });

  it('tells a likely CORS block from a dead server', async () => {
    const blocked: typeof fetch = async (_url, init) => {
      if (init?.mode === 'no-cors') return new Response(null);
      throw new TypeError('Failed to fetch');
    };
    const cors = await rejection(
      loadCatalogue(freshUrl('https://katalog.example.org'), { fetch: blocked, cache: false }),
    );
    expect(cors.code).to.equal('cors');
    expect(cors.message).to.contain('Access-Control-Allow-Origin');
    const dead: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const network = await rejection(
      loadCatalogue(freshUrl('https://katalog.example.org'), { fetch: dead, cache: false }),
    );
    expect(network.code).to.equal('network');
  });

  it('shows the last good copy, with its date, when the source fails', async () => {
    const cache = memoryCache();
    const url = freshUrl();
    const fresh = await loadCatalogue(url, { fetch: async () => json(smallCatalogue()), cache });
    await Promise.resolve();
    expect(cache.copies.get(url)?.savedAt).to.equal(fresh.source.fetchedAt);
    forgetCatalogue(url);
    const stale = await loadCatalogue(url, { fetch: async () => json('Server error', 500), cache });
    expect(stale.services).to.have.length(5);
    expect(stale.source.fetchedAt).to.equal(fresh.source.fetchedAt);
    expect(stale.source.stale?.error.code).to.equal('http');
  });

  it('keeps the last good copy, and shows it, when the source now has a whole part broken', async () => {
    const cache = memoryCache();
    const url = freshUrl();
    const fresh = await loadCatalogue(url, { fetch: async () => json(smallCatalogue()), cache });
    await Promise.resolve();
    const good = cache.copies.get(url);
    for (const broken of [
      { ...smallCatalogue(), services: {} },
      { ...smallCatalogue(), services: smallCatalogue().services.map((service) => ({ ...service, name: 7 })) },
    ]) {
      forgetCatalogue(url);
      const shown = await loadCatalogue(url, { fetch: async () => json(broken), cache });
      await Promise.resolve();
      expect(cache.copies.get(url)).to.equal(good);
      expect(shown.services).to.have.length(5);
      expect(shown.source.fetchedAt).to.equal(fresh.source.fetchedAt);
      expect(shown.source.stale?.error.message).to.contain('has no valid services now');
    }
    // Without a copy, what the source has shows, with its issues.
    const alone = await loadCatalogue(freshUrl(), {
      fetch: async () => json({ ...smallCatalogue(), services: {} }),
      cache,
    });
    expect(alone.services).to.have.length(0);
    expect(alone.source.stale).to.equal(undefined);
    expect(alone.issues.map((issue) => issue.path)).to.include('services');
  });

  it('fails readably when the source is dead and there is no copy', async () => {
    const error = await rejection(
      loadCatalogue(freshUrl(), { fetch: async () => json('', 503), cache: memoryCache() }),
    );
    expect(error.code).to.equal('http');
    expect(error.message).to.contain('HTTP 503');
  });

  it('keeps copies in IndexedDB across page loads', async () => {
    const url = freshUrl();
    await browserCache.save(url, { text: '{"schemaVersion":1}', savedAt: '2026-11-20T10:00:00.000Z' });
    expect(await browserCache.load(url)).to.deep.equal({
      text: '{"schemaVersion":1}',
      savedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(await browserCache.load(freshUrl())).to.equal(undefined);
  });

  it('keeps a large copy whole, and a shorter one replaces it', async () => {
    const url = freshUrl();
    // An emoji across the first part's end (a million characters), Czech letters throughout.
    const text = 'ř'.repeat((1 << 20) - 1) + '😀' + 'Žižkov '.repeat(200_000);
    await browserCache.save(url, { text, savedAt: '2026-11-20T10:00:00.000Z' });
    const copy = await browserCache.load(url);
    expect(copy?.text === text, 'the same text').to.equal(true);
    await browserCache.save(url, { text: '{"schemaVersion":1}', savedAt: '2026-11-21T10:00:00.000Z' });
    expect(await browserCache.load(url)).to.deep.equal({
      text: '{"schemaVersion":1}',
      savedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('keeps a large file the worker read as its bytes, gives its text back, and a copy in parts gives way to it', async () => {
    const url = freshUrl();
    // Over two parts of a megabyte, in UTF-8, with a character split across the first part's end.
    const text = 'a'.repeat((1 << 20) - 1) + 'ř' + 'Žižkov 😀 '.repeat(200_000);
    const bytes = new TextEncoder().encode(text);
    await browserCache.save(url, { text: 'x'.repeat(3 << 20), savedAt: '2026-11-20T10:00:00.000Z' });
    expect(await storedParts(url), 'a copy of 3 MB is kept in parts').to.equal(3);
    await browserCache.saveBytes(url, bytes, '2026-11-21T10:00:00.000Z');
    const copy = await browserCache.load(url);
    expect(copy?.text === text, 'the same text').to.equal(true);
    expect(copy?.savedAt).to.equal('2026-11-21T10:00:00.000Z');
    // The text's parts went with the copy they were part of.
    expect(await storedParts(url)).to.equal(0);
    // No bytes (a buffer given away) leave the copy as it is.
    await browserCache.saveBytes(url, new Uint8Array(0), '2026-11-23T10:00:00.000Z');
    expect((await browserCache.load(url))?.savedAt).to.equal('2026-11-21T10:00:00.000Z');
    // And a text again replaces the bytes.
    await browserCache.save(url, { text: '{"schemaVersion":1}', savedAt: '2026-11-22T10:00:00.000Z' });
    expect(await browserCache.load(url)).to.deep.equal({
      text: '{"schemaVersion":1}',
      savedAt: '2026-11-22T10:00:00.000Z',
    });
  });
});
