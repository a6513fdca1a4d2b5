// The widgets on pages built to be hostile, as municipal sites are: each page loads the classic
// script from dist/ (built by `npm test` before the browser tests) inside an iframe.
import { expect, waitUntil } from '@open-wc/testing';

interface HostileWindow extends Window {
  hostile: { errors: string[]; violations: string[] };
  /** On pages with first-results.js: when the navigator first showed its situations or a plan. */
  firstResultsAt?: Promise<number>;
  amdDefined?: unknown[];
  theirLeaflet?: { version: string; theirPlugin?: boolean };
  theirMap?: { getContainer(): HTMLElement };
  L?: unknown;
}

// Marks what the test itself fetches, left out of a page's requests.
const BY_TEST = '?by-test';

/** Every path the test server has served so far, in order (web-test-runner.config.js). */
const served = async (): Promise<string[]> => (await fetch('/__served')).json();

interface Opened {
  doc: Document;
  win: HostileWindow;
  frame: HTMLIFrameElement;
  /** The paths requested since the page was opened: by the page, its worker and their imports. */
  requests: () => Promise<string[]>;
}

async function open(page: string): Promise<Opened> {
  const before = (await served()).length;
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '900px';
  frame.src = `/test/hostile/${page}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const requests = async () =>
    (await served())
      .slice(before)
      .filter((url) => !url.endsWith(BY_TEST))
      .map((url) => new URL(url, location.href).pathname);
  return { doc: frame.contentDocument!, win: frame.contentWindow as HostileWindow, frame, requests };
}

/** Where the page's catalogue at `src` was read: 'worker' or 'page' (a hook of the loader for tests). */
async function loadedIn(win: Window, src: string): Promise<string> {
  const loads = (win as unknown as Record<symbol, Map<string, Promise<object>>>)[Symbol.for('pomoc.catalogues.v1')];
  const catalogue = (await loads.get(new URL(src, win.location.href).href)) as Record<symbol, string>;
  return catalogue[Symbol.for('pomoc.loadedIn.v1')];
}

const inShadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? ([] as unknown as NodeListOf<HTMLElement>);

// zod's classes keep their names in minified code: a module with this one carries zod.
const ZOD_MARK = '$ZodObject';
// A message of the search index's code (search.ts), kept in minified code.
const SEARCH_MARK = 'approximate search could not be loaded';

/** The modules from dist/ among `paths` whose code has `mark` in it. */
async function modulesWith(mark: string, paths: string[]): Promise<string[]> {
  const modules = [...new Set(paths.filter((path) => path.startsWith('/dist/') && path.endsWith('.js')))];
  const texts = await Promise.all(modules.map((path) => fetch(path + BY_TEST).then((response) => response.text())));
  return modules.filter((_, i) => texts[i].includes(mark));
}

/** The modules from dist/ among `paths` that carry zod. */
const zodModules = (paths: string[]) => modulesWith(ZOD_MARK, paths);

/** When the last good copy of `url` was saved in IndexedDB (cache.ts), if it was. */
function savedAt(url: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = indexedDB.open('pomoc', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('catalogues');
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('catalogues').objectStore('catalogues').get(url);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as { savedAt?: string } | undefined)?.savedAt);
      };
      get.onerror = () => resolve(undefined);
    };
    request.onerror = () => resolve(undefined);
  });
}

/** Every finder shows results, every navigator its situations, every map markers. */
async function widgetsWork(doc: Document) {
  const widgets = [...doc.querySelectorAll('pomoc-finder, pomoc-navigator, pomoc-map')];
  expect(widgets.length).to.be.greaterThan(0);
  for (const widget of widgets) {
    const ready = {
      'pomoc-finder': '.result',
      'pomoc-navigator': '.situations button',
      'pomoc-map': '.leaflet-marker-icon',
    }[widget.localName]!;
    await waitUntil(() => inShadow(widget, ready).length > 0, `${widget.localName} did not work`, { timeout: 8000 });
    // The whole first render: a finder shows its first cards, then the rest of their page.
    await (widget as Element & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return widgets;
}

describe('hostile pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a strict Content-Security-Policy (no inline script or style, no eval): every widget works', async () => {
    const { doc, win } = await open('csp.html');
    await widgetsWork(doc);
    // Styles apply (adopted style sheets are allowed by style-src 'self'), Leaflet's included.
    const finder = doc.querySelector('pomoc-finder')!;
    const field = inShadow(finder, '#q')[0];
    expect(getComputedStyle(field).borderTopWidth).to.equal('2px');
    const map = doc.querySelector('pomoc-map')!;
    expect(getComputedStyle(inShadow(map, '.leaflet-pane')[0]).position).to.equal('absolute');
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet with one finder loads no navigator, map or Leaflet; a widget added later loads then', async () => {
    const { doc, win, requests } = await open('finder-only.html');
    await widgetsWork(doc);
    const fetched = async () => (await requests()).map((path) => path.replace('/dist/', ''));
    const modules = (await fetched()).filter((path) => path.endsWith('.js'));
    // The finder's own module (the autoloader imports the chunk its entry file names: one round trip less).
    expect(modules.some((path) => /^pomoc-finder-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(modules.filter((path) => /navigator|map|leaflet/i.test(path))).to.deep.equal([]);
    expect(win.customElements.get('pomoc-navigator')).to.equal(undefined);
    expect(win.customElements.get('pomoc-map')).to.equal(undefined);
    // fuse.js waits for a typo: a word the catalogue has does not need it.
    expect(modules.filter((path) => path.startsWith('fuse'))).to.deep.equal([]);
    // zod and the schema wait for a record the fast path does not take: the sample has none.
    expect(await zodModules(await requests())).to.deep.equal([]);
    // Reading a typed query waits for the resident: the first results (all services) need none of it…
    expect(modules.filter((path) => path.startsWith('finder.typed'))).to.deep.equal([]);
    // …nor the search index: every service by name shows first, and the index's code and its
    // work come when the browser is idle after them.
    const shownAt = await win.firstResultsAt!;
    const before = win.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < shownAt)
      .map((entry) => new URL(entry.name).pathname);
    expect(before).to.include('/data-schema/examples/sample-catalogue.json');
    expect(await modulesWith(SEARCH_MARK, before)).to.deep.equal([]);
    await waitUntil(async () => (await modulesWith(SEARCH_MARK, await requests())).length > 0, 'no search index', {
      timeout: 6000,
    });
    // …and a query typed at once is read with it, the colloquial name understood.
    const finder = doc.querySelector('pomoc-finder')!;
    const all = inShadow(finder, '.count')[0].textContent;
    const field = inShadow(finder, '#q')[0] as HTMLInputElement;
    field.value = 'domov důchodců';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => inShadow(finder, '.count')[0].textContent !== all, 'the finder did not search', {
      timeout: 4000,
    });
    const titles = [...inShadow(finder, '.result h3')].map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
    expect(titles).to.have.length(3);
    for (const home of ['Na Vršku', 'U Lesa', 'Zlatý podzim']) {
      expect(titles.some((title) => title.includes(`Domov pro seniory ${home}`))).to.equal(true, home);
    }
    expect((await fetched()).filter((path) => path.startsWith('finder.typed'))).to.have.length(1);

    // A navigator the page adds later (a tab, a CMS block) is loaded and works; the map still is not.
    const navigator = doc.createElement('pomoc-navigator');
    navigator.setAttribute('src', '/data-schema/examples/sample-catalogue.json');
    navigator.setAttribute('url-state', 'off');
    doc.body.append(navigator);
    await widgetsWork(doc);
    expect((await fetched()).some((path) => /^pomoc-navigator-[\w-]+\.js$/.test(path))).to.equal(true);
    // One catalogue fetch for both widgets; the sample (0.9 MB) is read on the page, with no worker.
    expect((await fetched()).filter((path) => path.endsWith('sample-catalogue.json'))).to.have.length(1);
    // Neither the worker nor the page's side of it (worker-client) is fetched.
    expect((await fetched()).filter((path) => /worker/.test(path))).to.deep.equal([]);
    expect(await loadedIn(win, '/data-schema/examples/sample-catalogue.json')).to.equal('page');
    // The national crisis lines' translations came with neither: they come with Ukrainian, and a
    // catalogue read before shows the library's lines in it (this one lists none of its own).
    const sample = await (await fetch('/data-schema/examples/sample-catalogue.json')).json();
    delete sample.crisisLines;
    const own = URL.createObjectURL(new Blob([JSON.stringify(sample)], { type: 'application/json' }));
    const lines = doc.createElement('pomoc-navigator');
    lines.setAttribute('src', own);
    lines.setAttribute('url-state', 'off');
    doc.body.append(lines);
    const crisisNames = () => [...inShadow(lines, 'details.crisis li')].map((li) => li.textContent!).join(' ');
    await waitUntil(() => crisisNames().includes('Linka první psychické pomoci'), 'no national lines', {
      timeout: 4000,
    });
    expect((await fetched()).filter((path) => path.startsWith('national-crisis-lines.translations'))).to.deep.equal([]);
    lines.setAttribute('lang', 'uk');
    await waitUntil(() => crisisNames().includes('Лінія першої психологічної допомоги'), 'no Ukrainian lines', {
      timeout: 4000,
    });
    lines.remove();
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet with one navigator: its situations show before any search code, which comes when the browser is idle', async () => {
    const { doc, win, requests } = await open('navigator-only.html');
    await widgetsWork(doc);
    // What the page had asked for when the situations first showed (its own resource timing).
    const shownAt = await win.firstResultsAt!;
    const before = win.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < shownAt)
      .map((entry) => new URL(entry.name).pathname);
    expect(before.some((path) => /^\/dist\/pomoc-navigator-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(before).to.include('/data-schema/examples/sample-catalogue.json');
    expect(await modulesWith(SEARCH_MARK, before)).to.deep.equal([]);
    // Then, with no resident around, the search index for a plan's providers.
    await waitUntil(async () => (await modulesWith(SEARCH_MARK, await requests())).length > 0, 'no search index', {
      timeout: 6000,
    });
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet with one navigator: a shared link to a plan shows its providers', async () => {
    const { doc, win } = await open('navigator-only.html?navigator.s=sit-pecuji-o-blizkeho&navigator.a=1');
    const navigator = doc.querySelector('pomoc-navigator')!;
    await waitUntil(() => inShadow(navigator, '.provider').length > 0, 'no providers', { timeout: 8000 });
    expect(inShadow(navigator, '#outcome-title')[0].textContent).to.contain('Peníze na péči');
    expect(inShadow(navigator, '.providers')[0].getAttribute('aria-busy')).to.equal('false');
    expect(inShadow(navigator, '.providers select option').length).to.be.greaterThan(1);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet starts the catalogue and what the widget imports with the widget: one request, also for a dead address', async () => {
    const { doc, win, requests } = await open('snippet.html');
    const src = `/__missing/${Date.now()}.json`;
    // The widget's module arrives a second late: the catalogue has failed before the widget asks.
    await fetch('/__slow-widgets' + BY_TEST);
    doc.body.insertAdjacentHTML('beforeend', `<pomoc-navigator src="${src}" url-state="off"></pomoc-navigator>`);
    const navigator = doc.querySelector('pomoc-navigator')!;
    await waitUntil(() => inShadow(navigator, '.notice.error').length > 0, 'no error shown', { timeout: 8000 });
    expect(inShadow(navigator, '.notice.error')[0].textContent).to.match(/nedostupný/);
    const seen = await requests();
    // The autoloader sent the catalogue's request first, then asked for the widget's module and,
    // beside it, the files that module imports (Lit's chunk): all before the module came.
    const widgetImports = seen.findIndex((path) => /^\/dist\/pomoc-ui-.+\.js$/.test(path));
    expect(seen.indexOf(src)).to.be.greaterThan(-1);
    expect(widgetImports).to.be.greaterThan(-1);
    expect(seen.indexOf(src)).to.be.lessThan(widgetImports);
    const timing = (pattern: RegExp) =>
      win.performance
        .getEntriesByType('resource')
        .find((entry) => pattern.test(new URL(entry.name).pathname)) as PerformanceResourceTiming;
    const widgetArrived = timing(/^\/dist\/pomoc-navigator-[\w-]+\.js$/).responseEnd;
    expect(timing(/^\/dist\/pomoc-ui-[\w-]+\.js$/).startTime).to.be.lessThan(widgetArrived - 500);
    expect(timing(new RegExp(`^${src.replace(/[.]/g, '\\.')}$`)).startTime).to.be.lessThan(widgetArrived - 500);
    // The widget took that failed load: no second fetch. "Try again" fetches anew.
    expect(seen.filter((path) => path === src)).to.have.length(1);
    (inShadow(navigator, '.notice.error button')[0] as HTMLButtonElement).click();
    await waitUntil(async () => (await requests()).filter((path) => path === src).length === 2, 'no new fetch');
  });

  it('the README snippet asks for Leaflet with the map, not once the map has read its catalogue', async () => {
    const { doc, win } = await open('snippet.html');
    // The map's module arrives a second late: Leaflet's file has been asked for meanwhile.
    await fetch('/__slow-widgets' + BY_TEST);
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<pomoc-map src="/data-schema/examples/sample-catalogue.json" tile-url="data:image/gif;base64,R0lGODlhAQABAAAAACw=#{z}/{x}/{y}"></pomoc-map>`,
    );
    await widgetsWork(doc);
    const timing = (pattern: RegExp) =>
      win.performance
        .getEntriesByType('resource')
        .find((entry) => pattern.test(new URL(entry.name).pathname)) as PerformanceResourceTiming;
    const mapArrived = timing(/^\/dist\/pomoc-map-[\w-]+\.js$/).responseEnd;
    expect(timing(/^\/dist\/leaflet-view-[\w-]+\.js$/).startTime).to.be.lessThan(mapArrived - 500);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet on a catalogue with a broken record: zod loads then, the other services show', async () => {
    const { doc, win, requests } = await open('snippet.html');
    const sample = await (await fetch('/data-schema/examples/sample-catalogue.json' + BY_TEST)).json();
    sample.services[0].kind = 'sociální';
    // Made large enough for the worker (loader.ts, WORKER_FROM).
    const text = JSON.stringify(sample) + ' '.repeat(1_500_000);
    const broken = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const finders = ['/data-schema/examples/sample-catalogue.json', broken].map((src) => {
      const finder = doc.createElement('pomoc-finder');
      finder.setAttribute('src', src);
      finder.setAttribute('url-state', 'off');
      doc.body.append(finder);
      return finder;
    });
    await widgetsWork(doc);
    const found = (finder: Element) => Number(inShadow(finder, '.count')[0].textContent!.replace(/\D/g, ''));
    await waitUntil(() => found(finders[0]) > 0 && found(finders[1]) > 0, 'no count', { timeout: 4000 });
    expect(found(finders[1])).to.equal(found(finders[0]) - 1);
    // Loaded by the worker, which read the broken file.
    expect(await loadedIn(win, broken)).to.equal('worker');
    expect(await zodModules(await requests())).to.have.length.greaterThan(0);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet on a large file that is not JSON: the worker reads it whole and says where it breaks', async () => {
    const { doc, win, requests } = await open('snippet.html');
    // What the widget tells the webmaster in the console.
    const warned: string[] = [];
    const { console } = win as unknown as { console: Console };
    const warn = console.warn.bind(console);
    console.warn = (...args: unknown[]) => {
      warned.push(args.map(String).join(' '));
      warn(...args);
    };
    // Large enough for the worker (loader.ts, WORKER_FROM); broken on its second line, and cut off
    // in a key (which the page's scan of the bytes, lazy.ts, must not throw at either).
    const text = ' '.repeat(1_500_000) + '\n{"schemaVersion": "1.1", "services": [,], "servi';
    const broken = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const finder = doc.createElement('pomoc-finder');
    finder.setAttribute('src', broken);
    finder.setAttribute('url-state', 'off');
    doc.body.append(finder);
    await waitUntil(() => inShadow(finder, '[role="alert"]').length > 0, 'no error shown', { timeout: 8000 });
    expect(inShadow(finder, '[role="alert"]')[0].textContent).to.contain('Seznam služeb');
    expect(warned.join('\n')).to.match(/is not valid JSON: .*line 2/);
    expect((await requests()).filter((path) => path === '/dist/pomoc-worker.js')).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('a strict CSP that forbids workers (worker-src none): every widget works, search and map included', async () => {
    const { doc, win, requests } = await open('csp-no-worker.html');
    await widgetsWork(doc);
    const finder = doc.querySelector('pomoc-finder')!;
    const map = doc.querySelector('pomoc-map')!;
    const count = () => inShadow(map, '.count')[0]?.textContent;
    const before = count();
    const results = () => inShadow(finder, '.result').length;
    const all = results();
    const field = inShadow(finder, '#q')[0] as HTMLInputElement;
    // A typo: approximate matching loads on demand and finds the home care services.
    field.value = 'pecovatelsak';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => results() > 0 && results() < all, 'the finder did not search', { timeout: 4000 });
    await waitUntil(() => count() !== before, 'the map did not follow the finder', { timeout: 4000 });
    // The page read the catalogue itself, without trying a worker (the policy is in a <meta>).
    expect(await loadedIn(win, '/__large/sample-catalogue.json')).to.equal('page');
    expect((await requests()).filter((path) => path.endsWith('pomoc-worker.js'))).to.deep.equal([]);
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('a CSP header that forbids workers: the one attempt is reported, the page reads the catalogue', async () => {
    const { doc, win } = await open('csp-header-no-worker.html');
    await widgetsWork(doc);
    expect(await loadedIn(win, '/__large/sample-catalogue.json')).to.equal('page');
    expect(win.hostile.violations).to.have.length(1);
    expect(win.hostile.violations[0]).to.match(/^worker-src .*pomoc-worker\.js$/);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet with a finder and its map: a large catalogue is read in a worker', async () => {
    const { doc, win, requests } = await open('snippet.html');
    const src = '/__large/sample-catalogue.json';
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<pomoc-finder id="finder" src="${src}" url-state="off"></pomoc-finder>` +
        '<pomoc-map for="finder" tile-url="/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}"></pomoc-map>',
    );
    const [finder] = await widgetsWork(doc);
    expect(await loadedIn(win, src)).to.equal('worker');
    expect((await requests()).filter((path) => path === '/dist/pomoc-worker.js')).to.have.length(1);
    // The shapes of a service's area wait until a resident asks to see one.
    expect((await requests()).filter((path) => path.includes('leaflet-area'))).to.deep.equal([]);
    // Search answers on the page, from the index the worker built.
    const results = () => inShadow(finder, '.result').length;
    const all = results();
    const field = inShadow(finder, '#q')[0] as HTMLInputElement;
    field.value = 'azylový dům';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => results() > 0 && results() < all, 'the finder did not search', { timeout: 4000 });
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it("the data API on a catalogue the worker read: a text search at once finds what it finds later, and the index's words come unasked", async function () {
    this.timeout(20_000);
    interface Index {
      hasWords: boolean;
      search(query: { text?: string; filters?: object }): { id: string }[];
    }
    const entry = '/dist/pomoc.js';
    const api = (await import(entry)) as {
      loadCatalogue(url: string): Promise<object>;
      searchIndex(catalogue: object): Index;
      whenSearchable(catalogue: object): Promise<Index>;
    };
    const ids = (index: Index, text: string) => index.search({ text }).map((hit) => hit.id);
    // The sample made large enough for the worker (WORKER_FROM), at an address of its own.
    const first = await api.loadCatalogue(`/__large/sample-catalogue.json?api=${Date.now()}`);
    expect((first as Record<symbol, string>)[Symbol.for('pomoc.loadedIn.v1')]).to.equal('worker');
    // Its index lists and filters as it comes; a text search at once builds its words here.
    const atOnce = api.searchIndex(first);
    expect(atOnce.hasWords).to.equal(false);
    expect(atOnce.search({}).length).to.be.greaterThan(50);
    const pecovatelska = ids(atOnce, 'pečovatelská');
    expect(pecovatelska.length).to.be.greaterThan(0);
    expect(atOnce.hasWords).to.equal(true);

    // Another load of the same file: nobody asks, and the words come from the worker anyway.
    const second = await api.loadCatalogue(`/__large/sample-catalogue.json?api=${Date.now()}-2`);
    const unasked = api.searchIndex(second);
    await waitUntil(() => unasked.hasWords, 'the words never came', { timeout: 10_000 });
    expect(ids(unasked, 'pečovatelská')).to.deep.equal(pecovatelska);
    expect(await api.whenSearchable(second)).to.equal(unasked);
  });

  it('a catalogue read in the worker (its records kept as text until shown) shows what the page would read itself', async () => {
    const shown = async (src: string, readIn: 'worker' | 'page') => {
      const { doc, win } = await open('snippet.html');
      doc.body.insertAdjacentHTML(
        'beforeend',
        `<pomoc-finder id="finder" src="${src}" url-state="off"></pomoc-finder>` +
          '<pomoc-map for="finder" tile-url="/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}"></pomoc-map>',
      );
      const [finder, map] = await widgetsWork(doc);
      expect(await loadedIn(win, src)).to.equal(readIn);
      const text = (selector: string) => [...inShadow(finder, selector)].map((element) => element.textContent!.trim());
      // The whole first page of cards, and the map's markers once they have settled.
      await waitUntil(() => inShadow(finder, '.result').length >= 20, 'no first page', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const cards = text('.result');
      const markers = [...inShadow(map, '.leaflet-marker-icon')].map((marker) => marker.textContent!.trim()).sort();
      // A card's detail: its provider, places and contacts come from records read only now.
      inShadow(finder, '.result [aria-expanded]')[0].click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const detail = [...inShadow(finder, '[part="detail"]')].map((element) => element.textContent!.trim());
      expect(detail.filter(Boolean)).to.have.length(1);
      expect(win.hostile.errors).to.deep.equal([]);
      return { count: text('.count'), cards, markers, detail };
    };
    const inWorker = await shown('/__large/sample-catalogue.json', 'worker');
    const onPage = await shown('/data-schema/examples/sample-catalogue.json', 'page');
    expect(inWorker.cards.length).to.be.at.least(20);
    expect(inWorker.markers.length).to.be.greaterThan(0);
    expect(inWorker).to.deep.equal(onPage);
  });

  /**
   * A first visit keeps a copy of the catalogue at `src` (read in the worker or on the page); on
   * another visit the source answers 503 and the copy shows, the same results, marked stale.
   */
  async function lastGoodCopyShows(src: string, readIn: 'worker' | 'page') {
    const addFinder = (doc: Document) => {
      doc.body.insertAdjacentHTML('beforeend', `<pomoc-finder src="${src}" url-state="off"></pomoc-finder>`);
      return doc.querySelector('pomoc-finder')!;
    };
    const first = await open('snippet.html');
    const fresh = addFinder(first.doc);
    await widgetsWork(first.doc);
    expect(await loadedIn(first.win, src)).to.equal(readIn);
    expect(inShadow(fresh, '[part="stale"]')).to.have.length(0);
    const url = new URL(src, location.href).href;
    await waitUntil(async () => (await savedAt(url)) !== undefined, `the ${readIn} kept no copy`, { timeout: 10_000 });
    first.frame.remove();

    // Another visit: the source answers 503.
    const second = await open('snippet.html');
    const stale = addFinder(second.doc);
    await widgetsWork(second.doc);
    // A source that fails leaves the copy, of any size, to the worker.
    expect(await loadedIn(second.win, src)).to.equal('worker');
    expect(inShadow(stale, '[part="stale"]')).to.have.length(1);
    // The same first page of results (rendered in two steps: the first cards, then the rest).
    await waitUntil(
      () => inShadow(stale, '.result').length === inShadow(fresh, '.result').length,
      'not the same results',
    );
  }

  // Two visits, and the copy is written a second or more after the widgets show (afterShown).
  it('the last good copy through the worker: with the source down, the copy the page kept shows', function () {
    this.timeout(20_000);
    return lastGoodCopyShows(`/__flaky/${Date.now()}.json`, 'worker');
  });

  it('the last good copy of a catalogue read on the page: kept once the widgets show it, shown with the source down', function () {
    this.timeout(20_000);
    return lastGoodCopyShows(`/__flaky-small/${Date.now()}.json`, 'page');
  });

  it('aggressive global CSS: layout and map unbroken, hidden things stay hidden', async () => {
    const { doc, win } = await open('css.html');
    const [finder, map] = await widgetsWork(doc);
    // The search field spans the widget, not the page's forced 50 px.
    const field = inShadow(finder, '#q')[0];
    expect(field.getBoundingClientRect().width).to.be.greaterThan(300);
    // Text keeps a readable size although the page shrinks rem to 10 px and blows divs up to 30 px.
    const size = parseFloat(getComputedStyle(inShadow(finder, '.result h3')[0]).fontSize);
    expect(size).to.be.within(16, 26);
    // The map keeps its height, its panes stay positioned, tiles keep their 256 px.
    const host = inShadow(map, '.leaflet-host')[0];
    expect(host.getBoundingClientRect().height).to.be.greaterThan(300);
    await waitUntil(() => inShadow(map, 'img.leaflet-tile-loaded').length > 0, 'no tile');
    expect(inShadow(map, 'img.leaflet-tile-loaded')[0].getBoundingClientRect().width).to.equal(256);
    // [hidden] inside the widgets stays hidden whatever the page says about [hidden].
    const hiddenDetail = inShadow(finder, '.detail[hidden]')[0];
    expect(hiddenDetail.getBoundingClientRect().height).to.equal(0);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('an AMD loader (define.amd) before the classic script: the widgets still register', async () => {
    const { doc, win } = await open('amd.html');
    await widgetsWork(doc);
    expect(win.customElements.get('pomoc-finder')).to.not.equal(undefined);
    expect(win.amdDefined, 'nothing was handed to the AMD loader').to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the script included twice and two of each widget: no error, no clash', async () => {
    const { doc, win } = await open('twice.html');
    const widgets = await widgetsWork(doc);
    expect(widgets).to.have.length(6);
    // Each map follows its own finder.
    const [first, second] = [...doc.querySelectorAll('pomoc-finder')];
    const [firstMap, secondMap] = [...doc.querySelectorAll('pomoc-map')];
    const count = (map: Element) => inShadow(map, '.count')[0]?.textContent;
    const before = count(firstMap);
    expect(count(secondMap)).to.equal(before);
    const field = inShadow(second, '#q')[0] as HTMLInputElement;
    field.value = 'pecovatelska';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => count(secondMap) !== before, 'the second map did not follow its finder', { timeout: 4000 });
    expect(count(firstMap)).to.equal(before);
    expect(inShadow(first, '.result').length).to.be.greaterThan(inShadow(second, '.result').length);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('everything in one classic file (pomoc.all.iife.js), under a strict CSP and an AMD loader', async () => {
    const { doc, win } = await open('all.html');
    await widgetsWork(doc);
    // Nothing more is fetched from dist/, and the catalogue API is the global Pomoc.
    const fromDist = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(fromDist).to.deep.equal(['/dist/pomoc.all.iife.js']);
    expect(typeof (win as unknown as { Pomoc: { loadCatalogue: unknown } }).Pomoc.loadCatalogue).to.equal('function');
    expect(win.amdDefined).to.deep.equal([]);
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('another Leaflet already on the page as window.L: ours works, theirs is untouched', async () => {
    const { doc, win } = await open('leaflet.html');
    await widgetsWork(doc);
    expect(win.L).to.equal(win.theirLeaflet);
    expect(win.theirLeaflet!.theirPlugin).to.equal(true);
    const theirs = doc.getElementById('their-map')!;
    expect(theirs.querySelectorAll('.leaflet-marker-icon')).to.have.length(1);
    expect(theirs.querySelector('img.leaflet-tile')).to.not.equal(null);
    // Our markers live in our shadow root, not in their map.
    expect(doc.querySelector('pomoc-map')!.shadowRoot!.querySelector('.leaflet-marker-icon')).to.not.equal(null);
    expect(win.hostile.errors).to.deep.equal([]);
  });
});
