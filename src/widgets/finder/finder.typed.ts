/**
 * What the finder needs only once a resident types, or opens a link with a query or filters:
 * reading a query (find.ts, query.ts) and answering it (finder.answer.ts). Loaded after the first
 * results, with the synonyms and Czech towns (see `loadTyped` in finder.component.ts): a page's
 * first results, all services by name, need none of it.
 */
import { findSteps, understands, type FindResult } from '../../catalogue/find.js';
import type { SearchIndex, SearchQuery } from '../../catalogue/search.js';
import type { Catalogue } from '../../catalogue/validate.js';
import { inSlices } from '../../catalogue/yield.js';

export { loadQueryData, queryDataSettled, withoutWords } from '../../catalogue/query.js';
export {
  renderCorrections,
  renderNearbyHeading,
  renderRelaxations,
  renderTownNotice,
  renderUnknownTowns,
} from './finder.answer.js';

/**
 * The answer to a query: at once while `inFrame()` says there is time left in this frame, else
 * (one letter reaches nearly every service of a national catalogue) worked out in slices of the
 * main thread, each a task of its own. Unless it is for the `first` results, a query that would
 * build the catalogue's query understanding (find.ts) starts in a task of its own.
 */
export function answer(
  index: SearchIndex,
  catalogue: Catalogue,
  query: SearchQuery,
  inFrame: () => boolean,
  first: boolean,
): FindResult | Promise<FindResult> {
  const steps = findSteps(index, catalogue, query);
  if (!first && !understands(index)) return inSlices(steps);
  let step = steps.next();
  while (!step.done && inFrame()) step = steps.next();
  return step.done ? step.value : inSlices(steps);
}
