import { czechSortKey } from './normalize.js';
import type { LocalizedText } from './schema.js';

export interface ResolvedText {
  text: string;
  /** The language the text is in; differs from the requested one when a fallback was used. */
  lang: string;
}

/**
 * Picks the text for `lang`: the exact language, then its base (`uk` for `uk-UA`), then the
 * catalogue's default language, then the first translation given.
 */
export function resolveText(
  value: LocalizedText | undefined,
  lang: string,
  defaultLang: string,
): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: defaultLang };
  const base = lang.split('-')[0];
  for (const candidate of [lang, base, defaultLang]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  const [first] = Object.entries(value);
  return first ? { text: first[1], lang: first[0] } : undefined;
}

export const textIn = (value: LocalizedText | undefined, lang: string, defaultLang: string): string =>
  resolveText(value, lang, defaultLang)?.text ?? '';

/** Every language variant of a text, for search. */
export function allTexts(value: LocalizedText | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}

/**
 * What services are ordered by name with: the first text of the name, in Czech alphabetical order
 * ("ch" after "h"; then, between equal keys, by id). The search index's order without a query, and
 * the finder's before the index is built.
 */
export const nameSortKey = (name: LocalizedText | undefined): string => czechSortKey(allTexts(name)[0] ?? '');
