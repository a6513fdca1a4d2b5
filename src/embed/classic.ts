/**
 * `pomoc.iife.js`, the one classic script a town pastes: an autoloader. It watches the page and
 * loads a widget's ES module from the script's own folder (a classic script may import()) when
 * that widget's element is in the page or is added later, never the others: a finder page loads
 * no navigator, no map and no Leaflet. The pattern is the big web-component libraries' own
 * (Shoelace's autoloader): one MutationObserver on the document, stopped once every widget is
 * defined. A second copy of the script finds the first one's loader and does nothing, and a module
 * is fetched once however many elements ask for it. Modules from another origin need CORS;
 * `pomoc.all.iife.js` holds everything in one classic file for servers that cannot send it.
 */
// A module (for its own scope), bundled as a classic script.
export {};

const MODULES = {
  'pomoc-finder': './pomoc-finder.js',
  'pomoc-navigator': './pomoc-navigator.js',
  'pomoc-map': './pomoc-map.js',
} as const;
type Tag = keyof typeof MODULES;
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

  const load = (tag: Tag) => {
    requested.add(tag);
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

  /** Loads the module of every widget in `root` (or `root` itself) not defined nor requested yet. */
  const discover = (root: ParentNode) => {
    const waiting = TAGS.filter((tag) => !requested.has(tag) && !customElements.get(tag));
    if (waiting.length === 0) return;
    const found = new Set<string>();
    if (root instanceof Element && root.matches(SELECTOR)) found.add(root.localName);
    // One query for all the tags: most added nodes hold none of them.
    if (root.firstElementChild) for (const element of root.querySelectorAll(SELECTOR)) found.add(element.localName);
    for (const tag of waiting) if (found.has(tag)) load(tag);
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
