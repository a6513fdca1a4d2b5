export * from './codelists.js';
export * from './schema.js';
export { CatalogueError, type CatalogueErrorCode } from './errors.js';
export { matchesOutcome } from './match.js';
export {
  validateCatalogue,
  providerName,
  type Catalogue,
  type CatalogueIssue,
  type LoadedMeta,
  type Severity,
} from './validate.js';
export {
  loadCatalogue,
  forgetCatalogue,
  whenSearchable,
  type LoadOptions,
  type LoadedCatalogue,
  type CatalogueSource,
} from './loader.js';
export { browserCache, type BrowserCache, type CatalogueCache, type CachedCopy } from './cache.js';
export {
  SearchIndex,
  searchIndex,
  loadFuzzyMatching,
  type SearchFilters,
  type SearchHit,
  type SearchQuery,
  type MatchQuality,
} from './search.js';
export {
  compileSchedule,
  isOpenAt,
  isCzechPublicHoliday,
  pragueTime,
  hoursOn,
  type CompiledSchedule,
  type PragueTime,
} from './hours.js';
export { resolveText, textIn, allTexts, type ResolvedText } from './text.js';
export { webHref, mailtoHref, telHref, formatPhone } from './links.js';
export { formatIssue, message, type MessageCode, type MessageLang, type IssueEffect } from './messages.js';
export { normalize, tokenize } from './normalize.js';
export { distanceKm, townCentres, serviceDistance, type Point } from './geo.js';
export { placesOf, serviceArea, isMappable, type Place, type PlacesOfServices, type ServiceArea } from './places.js';
