/**
 * `pomoc.iife.js`, the one classic script a town pastes: an autoloader. It watches the page and
 * loads a widget's ES module from the script's own folder (a classic script may import()) when
 * that widget's element is in the page or is added later, never the others: a finder page loads
 * no navigator, no map and no Leaflet. The pattern is the big web-component libraries' own
 * (Shoelace's autoloader): one MutationObserver on the document, stopped once every widget is
 * defined. A second copy of the script finds the first one's loader and does nothing, and a module
 * is fetched once however many elements ask for it. The catalogue a widget names in `src` starts
 * loading with the widget's module (pomoc-preload.js), not after it has arrived. Modules from another origin need CORS;
 * `pomoc.all.iife.js` holds everything in one classic file for servers that cannot send it.
 */
// A module (for its own scope), bundled as a classic script.
export {};

/**
 * Written by the build (scripts/build-extras.js): the chunk each entry file only re-exports, so
 * that the autoloader fetches the widget's module itself, not a one-line file that then imports it
 * (one round trip less before anything runs); and the name the preload chunk gives preloadCatalogue.
 */
declare const __POMOC_CHUNKS__:
  { modules: Record<Tag, string>; imports: Record<Tag, string[]>; preload: string; preloadExport: string } | undefined;
const CHUNKS = typeof __POMOC_CHUNKS__ === 'undefined' ? undefined : __POMOC_CHUNKS__;

const MODULES: Record<Tag, string> = CHUNKS?.modules ?? {
  'pomoc-finder': './pomoc-finder.js',
  'pomoc-navigator': './pomoc-navigator.js',
  'pomoc-map': './pomoc-map.js',
};
type Tag = 'pomoc-finder' | 'pomoc-navigator' | 'pomoc-map';
// The catalogue requests this script started, by absolute URL, for the loader to take (loader.ts).
const EARLY_FETCH = Symbol.for('pomoc.earlyFetch.v1');
type EarlyFetches = Map<string, { response: Promise<Response>; abort(): void }>;
const PRELOAD = CHUNKS?.preload ?? './pomoc-preload.js';
const PRELOAD_EXPORT = CHUNKS?.preloadExport ?? 'preloadCatalogue';
const TAGS = Object.keys(MODULES) as Tag[];
const SELECTOR = TAGS.join(',');
const WATCH: MutationObserverInit = { childList: true, subtree: true };

// Shared through the global object: two copies of the script on one page run one autoloader.
const LOADER_KEY = Symbol.for('pomoc.autoloader.v1');
const shared = globalThis as { [LOADER_KEY]?: true };

if (!shared[LOADER_KEY]) {
  shared[LOADER_KEY] = true;
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || location.href;
  const requested = new Set<Tag>();

  // The files a widget's module imports are asked for with it, not once it has arrived and been
  // read (a round trip less); the browser fetches and parses them, and runs them when it runs the
  // module. Each file once, whichever widgets share it.
  const preloadedModules = new Set<string>();
  const preloadImports = (tag: Tag) => {
    for (const file of CHUNKS?.imports[tag] ?? []) {
      if (preloadedModules.has(file)) continue;
      preloadedModules.add(file);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, base).href;
      document.head.append(link);
    }
  };

  const load = (tag: Tag) => {
    requested.add(tag);
    preloadImports(tag);
    import(/* @vite-ignore */ new URL(MODULES[tag], base).href).catch((error: unknown) => {
      // Another element added later may try again (a network blip), and the page hears why.
      requested.delete(tag);
      observer.observe(document, WATCH);
      console.error(
        `pomoc: <${tag}> could not be loaded from ${new URL('./', base).href} (${String(error)}). ` +
          'If the script is on another server, that server must allow CORS, or use pomoc.all.iife.js.',
      );
    });
  };

  // The widgets' catalogues start loading with their modules, not after them: the fetch would
  // otherwise wait until a widget's code has arrived and run. The request goes out at once, from
  // here; the loader's module, once it has arrived, reads that response (EARLY_FETCH in loader.ts).
  let preloader: Promise<Record<string, (url: string) => void>> | undefined;
  const preloaded = new Set<string>();
  const early = ((globalThis as { [EARLY_FETCH]?: EarlyFetches })[EARLY_FETCH] ??= new Map());
  const preload = (src: string | null) => {
    if (!src || preloaded.has(src)) return;
    preloaded.add(src);
    try {
      const url = new URL(src, document.baseURI).href;
      if (/^https?:/.test(url) && !early.has(url)) {
        const controller = new AbortController();
        const response = fetch(url, {
          signal: controller.signal,
          credentials: 'omit',
          headers: { Accept: 'application/json' },
        });
        // Unread until the loader takes it: its failure is the loader's to report.
        response.catch(() => undefined);
        early.set(url, { response, abort: () => controller.abort() });
      }
    } catch {
      // Not a valid address: the widget's own load says so.
    }
    preloader ??= import(/* @vite-ignore */ new URL(PRELOAD, base).href);
    // A module that cannot load: the widget's own import says why.
    preloader.then((module) => module[PRELOAD_EXPORT](src)).catch(() => undefined);
  };

  /** Loads the module of every widget in `root` (or `root` itself) not defined nor requested yet. */
  const discover = (root: ParentNode) => {
    const waiting = TAGS.filter((tag) => !requested.has(tag) && !customElements.get(tag));
    if (waiting.length === 0) return;
    const found: Element[] = [];
    if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
    // One query for all the tags: most added nodes hold none of them.
    if (root.firstElementChild) found.push(...root.querySelectorAll(SELECTOR));
    const tags = new Set<string>();
    for (const element of found) {
      if (!waiting.includes(element.localName as Tag)) continue;
      tags.add(element.localName);
      preload(element.getAttribute('src'));
    }
    for (const tag of waiting) if (tags.has(tag)) load(tag);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    // Every widget asked for: nothing more to watch.
    if (TAGS.every((tag) => requested.has(tag) || customElements.get(tag))) observer.disconnect();
  });
  // The script usually sits in <head>: the elements arrive as the parser adds them.
  observer.observe(document, WATCH);
  discover(document);
}
