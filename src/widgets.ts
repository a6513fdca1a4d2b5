/**
 * The three widgets, registered, without the catalogue API (`pomoc/widgets`). A page that wants one
 * widget only imports its own entry, e.g. `pomoc/finder`; `pomoc.iife.js` loads each widget's
 * entry when its element is on the page.
 */
export { PomocFinder } from './widgets/finder/pomoc-finder.js';
export { PomocNavigator } from './widgets/navigator/pomoc-navigator.js';
export { PomocMap } from './widgets/map/pomoc-map.js';
