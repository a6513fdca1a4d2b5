/**
 * How much of a catalogue a resident can read in each language: for every language, the
 * resident-facing texts that are not written in it, counted by part (situations, crisis lines,
 * services, organizations, locations), with the first few as examples, so that a partner sees what
 * to translate. `pomoc validate --lang-coverage` prints it; the languages test holds the sample to it.
 *
 * A text counts as missing in a language when a resident asking for that language would get
 * another one: a plain string (written in the catalogue's language) for any other language, or
 * translations without that language. National crisis lines the library supplies are complete in
 * Czech, English and Ukrainian and are not the catalogue's to translate: they are left out.
 */
import { isNationalCrisisLine } from './national-crisis-lines.js';
import type { LocalizedText } from './schema.js';
import type { Catalogue } from './validate.js';

export const COVERAGE_PARTS = ['situations', 'crisisLines', 'services', 'organizations', 'locations'] as const;
export type CoveragePart = (typeof COVERAGE_PARTS)[number];

/** One resident-facing text: where it is and what it says in the catalogue's language. */
export interface MissingText {
  /** The record's id, then the field, e.g. `sit-dluhy › questions[q-prijem] › text`. */
  where: string;
  /** The text as a resident would get it instead (the catalogue's language, else any). */
  text: string;
}

export interface PartCoverage {
  total: number;
  missing: number;
  /** The first missing texts, in catalogue order. */
  examples: MissingText[];
}

export interface LanguageCoverage {
  lang: string;
  /** True for the catalogue's own language (catalogue.language). */
  isDefault: boolean;
  parts: Record<CoveragePart, PartCoverage>;
  missing: number;
  total: number;
}

type Visit = (where: string, value: LocalizedText | undefined) => void;

function eachText(catalogue: Catalogue, part: CoveragePart, visit: Visit): void {
  switch (part) {
    case 'situations':
      for (const situation of catalogue.situations) {
        const at = situation.id;
        visit(`${at} › title`, situation.title);
        visit(`${at} › summary`, situation.summary);
        for (const question of situation.questions) {
          const q = `${at} › questions[${question.id}]`;
          visit(`${q} › text`, question.text);
          visit(`${q} › help`, question.help);
          question.answers.forEach((answer, i) => visit(`${q} › answers[${i}] › label`, answer.label));
        }
        for (const outcome of situation.outcomes) {
          const o = `${at} › outcomes[${outcome.id}]`;
          visit(`${o} › title`, outcome.title);
          visit(`${o} › summary`, outcome.summary);
          visit(`${o} › why`, outcome.why);
          outcome.steps.forEach((step, i) => {
            for (const field of ['title', 'text', 'where', 'costs', 'deadline'] as const) {
              visit(`${o} › steps[${i}] › ${field}`, step[field]);
            }
          });
          outcome.documents?.forEach((document, i) => visit(`${o} › documents[${i}]`, document));
        }
      }
      return;
    case 'crisisLines':
      for (const line of catalogue.crisisLines) {
        if (isNationalCrisisLine(line)) continue;
        for (const field of ['name', 'hours', 'audience', 'description'] as const) {
          visit(`${line.id} › ${field}`, line[field]);
        }
      }
      return;
    case 'services':
      for (const service of catalogue.services) {
        const at = service.id;
        for (const field of ['name', 'description', 'eligibility', 'applicationProcess', 'fees'] as const) {
          visit(`${at} › ${field}`, service[field]);
        }
        visit(`${at} › schedule › note`, service.schedule?.note);
        service.phones?.forEach((phone, i) => visit(`${at} › phones[${i}] › description`, phone.description));
        service.capacity?.forEach((capacity, i) => visit(`${at} › capacity[${i}] › note`, capacity.note));
      }
      return;
    case 'organizations':
      for (const organization of catalogue.organizations) {
        visit(`${organization.id} › name`, organization.name);
        visit(`${organization.id} › description`, organization.description);
        organization.phones?.forEach((phone, i) =>
          visit(`${organization.id} › phones[${i}] › description`, phone.description),
        );
      }
      return;
    case 'locations':
      for (const location of catalogue.locations) {
        for (const field of ['name', 'accessibility', 'transport'] as const) {
          visit(`${location.id} › ${field}`, location[field]);
        }
      }
  }
}

/** Is `value` written in `lang`? A plain string is in the catalogue's language. */
function hasLanguage(value: LocalizedText, lang: string, defaultLang: string): boolean {
  return typeof value === 'string' ? lang === defaultLang : Boolean(value[lang]?.trim());
}

const shown = (value: LocalizedText, defaultLang: string) =>
  typeof value === 'string' ? value : (value[defaultLang] ?? Object.values(value)[0] ?? '');

/** The languages worth reporting: the catalogue's, English and Ukrainian, and any other it has texts in. */
export function coverageLanguages(catalogue: Catalogue): string[] {
  const langs = new Set([catalogue.meta.language, 'en', 'uk']);
  for (const part of COVERAGE_PARTS) {
    eachText(catalogue, part, (_, value) => {
      if (value && typeof value === 'object') for (const lang of Object.keys(value)) langs.add(lang);
    });
  }
  return [...langs];
}

/**
 * For each language, the resident-facing texts missing in it, by part. `examples` caps the
 * examples kept per part (default 3).
 */
export function languageCoverage(
  catalogue: Catalogue,
  langs: readonly string[] = coverageLanguages(catalogue),
  examples = 3,
): LanguageCoverage[] {
  const defaultLang = catalogue.meta.language;
  return langs.map((lang) => {
    const parts = {} as Record<CoveragePart, PartCoverage>;
    for (const part of COVERAGE_PARTS) {
      const coverage: PartCoverage = { total: 0, missing: 0, examples: [] };
      eachText(catalogue, part, (where, value) => {
        if (value === undefined) return;
        coverage.total++;
        if (hasLanguage(value, lang, defaultLang)) return;
        coverage.missing++;
        if (coverage.examples.length < examples) coverage.examples.push({ where, text: shown(value, defaultLang) });
      });
      parts[part] = coverage;
    }
    const sum = (key: 'missing' | 'total') => COVERAGE_PARTS.reduce((n, part) => n + parts[part][key], 0);
    return { lang, isDefault: lang === defaultLang, parts, missing: sum('missing'), total: sum('total') };
  });
}
