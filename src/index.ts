/**
 * Pomoc: web components for Czech catalogues of social and related services.
 * Importing this module registers the widgets; it also exports the catalogue API and its types.
 */
export * from './catalogue/index.js';
export { PomocFinder } from './widgets/finder/pomoc-finder.js';
export { PomocNavigator } from './widgets/navigator/pomoc-navigator.js';
export { PomocMap } from './widgets/map/pomoc-map.js';
export type {
  PomocEventMap,
  PomocOutcomeDetail,
  PomocSearchDetail,
  PomocSelectDetail,
  PomocSituationDetail,
} from './internal/events.js';
