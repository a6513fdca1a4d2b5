/**
 * The interface language. @lit/localize (runtime mode) keeps one language per page: every Pomoc
 * widget on the page speaks it, and the last widget to ask for another language switches them all.
 * Catalogue text and dates follow each widget's own `lang`.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export type InterfaceLanguage = typeof sourceLocale | (typeof targetLocales)[number];

export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = [sourceLocale, ...targetLocales];

// The code lists' English and Ukrainian labels, and the national crisis lines', come with the
// interface strings: a Czech page needs none of them.
const withLabels = <T>(strings: Promise<T>) =>
  Promise.all([
    strings,
    import('../catalogue/codelist-translations.js'),
    import('../catalogue/national-crisis-lines.translations.js'),
  ]).then(([module]) => module);
const loaders = {
  en: () => withLabels(import('../locales/en.js')),
  uk: () => withLabels(import('../locales/uk.js')),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<typeof loaders.en>,
});

/** The interface language for a `lang`: Czech, English or Ukrainian; Slovak reads Czech; others English. */
export function interfaceLanguage(lang: string): InterfaceLanguage {
  if ((INTERFACE_LANGUAGES as readonly string[]).includes(lang)) return lang as InterfaceLanguage;
  return lang === 'sk' ? 'cs' : 'en';
}

let requested: InterfaceLanguage = sourceLocale;
let loading: Promise<void> = Promise.resolve();

/** Resolves once the interface language last asked for is loaded. */
export const languageLoaded = () => loading;

/** Switch the page's widgets to the interface language for `lang`; resolves once its strings are loaded. */
export function useLanguage(lang: string): Promise<void> {
  const wanted = interfaceLanguage(lang);
  if (wanted !== requested) {
    requested = wanted;
    loading = setLocale(wanted).catch((error: unknown) => {
      // A locale that cannot load leaves the interface in Czech rather than broken.
      console.warn(`pomoc: the interface language "${wanted}" could not be loaded`, error);
    });
  }
  return loading;
}

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<InterfaceLanguage, string> = { cs: 'Čeština', en: 'English', uk: 'Українська' };

/** The language the interface strings are in right now (one per page). */
export const currentInterfaceLanguage = () => getLocale() as InterfaceLanguage;
