/**
 * `pomoc.iife.js`, the one classic script a town pastes: it loads the widgets as ES modules from
 * its own folder (a classic script may import()), so that a page loads what it shows — Leaflet only
 * with a map, the validator with the first catalogue — and a second copy of the script loads
 * nothing twice. Modules from another origin need CORS; `pomoc.all.iife.js` holds everything in one
 * classic file for servers that cannot send it.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || location.href;
import(/* @vite-ignore */ new URL('./pomoc-widgets.js', base).href).catch((error: unknown) => {
  console.error(
    `pomoc: the widgets could not be loaded from ${new URL('./', base).href} (${String(error)}). ` +
      'If the script is on another server, that server must allow CORS, or use pomoc.all.iife.js.',
  );
});
