/**
 * `pomoc-preload.js`: what the autoloader (pomoc.iife.js) imports to start fetching a widget's
 * catalogue while the widget's own module is still loading. Small: the loader alone.
 */
export { preloadCatalogue } from './loader.js';
