/**
 * What the finder needs only once a resident types, or opens a link with a query or filters:
 * reading a query (find.ts, query.ts) and answering it (finder.answer.ts). Loaded after the first
 * results, with the synonyms and Czech towns (see `loadTyped` in finder.component.ts): a page's
 * first results, all services by name, need none of it.
 */
export { find } from '../../catalogue/find.js';
export { loadQueryData, queryDataSettled, withoutWords } from '../../catalogue/query.js';
export {
  renderCorrections,
  renderNearbyHeading,
  renderRelaxations,
  renderTownNotice,
  renderUnknownTowns,
} from './finder.answer.js';
