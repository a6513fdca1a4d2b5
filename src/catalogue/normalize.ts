const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case without diacritics: "Pečovatelská" → "pecovatelska". */
export const normalize = (text: string): string => text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();

/** Search words of a text, normalised. */
export const tokenize = (text: string): string[] => normalize(text).split(SEPARATORS).filter(Boolean);
