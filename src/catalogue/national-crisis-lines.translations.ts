/**
 * The national crisis lines in English and Ukrainian (national-crisis-lines.ts keeps them in
 * Czech). Imported for its effect: with the English and Ukrainian interface strings
 * (internal/locale.ts) and by the Node tools.
 */
import translations from './national-crisis-lines.translations.json' with { type: 'json' };
import { addCrisisLineTranslations, type CrisisLineTranslations } from './national-crisis-lines.js';

addCrisisLineTranslations(translations as CrisisLineTranslations);
