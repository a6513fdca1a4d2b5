/**
 * Pomoc: web components for Czech catalogues of social and related services.
 * Importing this module registers the widgets; it also exports the catalogue API and its types.
 */
// The code lists' English and Ukrainian labels, for codeLabel() and the partner tools (the widgets load
// them with the interface strings of those languages).
import './catalogue/codelist-translations.js';
import './catalogue/national-crisis-lines.translations.js';
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
