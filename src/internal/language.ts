/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's, else the page's,
 * else Czech. Only the base language is kept ("cs-CZ" → "cs").
 */
export function languageOf(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'cs';
  return lang.toLowerCase().split('-')[0] || 'cs';
}
