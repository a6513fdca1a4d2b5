/**
 * The three widgets, registered, without the catalogue API: what `pomoc.iife.js` (the classic
 * script) loads. A page that wants one widget only imports its own entry, e.g. `pomoc/finder`.
 */
export { PomocFinder } from './widgets/finder/pomoc-finder.js';
export { PomocNavigator } from './widgets/navigator/pomoc-navigator.js';
export { PomocMap } from './widgets/map/pomoc-map.js';
