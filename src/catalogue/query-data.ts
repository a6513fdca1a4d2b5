/**
 * The data of query understanding that is the library's, not the catalogue's: the synonyms
 * residents type and the names and places of Czech towns. About 13 kB (gzip) that no widget needs
 * for its first results: the finder loads it once they are shown, or at once for a query in the
 * URL (see `loadQueryData` in query.ts).
 */
export { SYNONYMS } from './synonyms.js';
export { CZECH_TOWNS } from './czech-towns.js';
