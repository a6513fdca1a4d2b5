// The residents' terms (xliff/terms.json) as a test: every interface string and code-list label that
// names a concept in Czech uses the agreed English and Ukrainian term for it, and no rejected term
// (a misleading one the translator's review replaced) is anywhere in the interface, the code lists
// or the national crisis lines. Reintroducing "центр зайнятості" or "Sheltered housing" fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import '../../src/catalogue/codelist-translations.js';
import {
  AGE_GROUPS,
  CAPACITY_UNITS,
  FORMS,
  SERVICE_TYPES,
  SERVICE_TYPE_GROUPS,
  TARGET_GROUPS,
  codeLabel,
  type CodeListEntry,
} from '../../src/catalogue/codelists.js';
// The Node tools load the lines' translations (national-crisis-lines.translations.ts).
import '../../src/catalogue/national-crisis-lines.translations.js';
import { NATIONAL_CRISIS_LINES } from '../../src/catalogue/national-crisis-lines.js';

const root = new URL('../../', import.meta.url).pathname;
const LANGS = ['en', 'uk'] as const;
type Lang = (typeof LANGS)[number];

interface Concept {
  cs: string;
  en?: string;
  uk?: string;
  why?: string;
}
interface Terms {
  concepts: Concept[];
  rejected: Record<Lang, string[]>;
}
const terms: Terms = JSON.parse(readFileSync(join(root, 'xliff/terms.json'), 'utf8'));

/** One resident-facing string: where it is, its Czech source and its text in one language. */
interface Entry {
  where: string;
  cs: string;
  text: string;
}

const plain = (xml: string) =>
  xml
    .replace(/<x [^>]*\/>/g, '…')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function interfaceStrings(lang: Lang): Entry[] {
  const xml = readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    where: `xliff/${lang}.xlf ${id}`,
    cs: plain(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''),
    text: plain(/<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? ''),
  }));
}

const LISTS: Record<string, readonly CodeListEntry[]> = {
  SERVICE_TYPE_GROUPS,
  SERVICE_TYPES,
  FORMS,
  TARGET_GROUPS,
  AGE_GROUPS,
  CAPACITY_UNITS,
};

function codeListLabels(lang: Lang): Entry[] {
  return Object.entries(LISTS).flatMap(([name, list]) =>
    list.map((entry) => ({ where: `${name} ${entry.code}`, cs: entry.cs, text: codeLabel(entry, lang) })),
  );
}

function crisisLineTexts(lang: Lang): Entry[] {
  return NATIONAL_CRISIS_LINES.flatMap((line) =>
    (['name', 'hours', 'audience', 'description'] as const).flatMap((field) => {
      const value = line[field];
      if (value === undefined || typeof value === 'string') return [];
      return [{ where: `national crisis line ${line.id} ${field}`, cs: value.cs ?? '', text: value[lang] ?? '' }];
    }),
  );
}

const pattern = (source: string) => new RegExp(source, 'iu');

/** Strings naming a concept in Czech without its required term, and concepts no string names. */
export function conceptViolations(entries: Entry[], lang: Lang, concepts = terms.concepts): string[] {
  const problems: string[] = [];
  for (const concept of concepts) {
    const required = concept[lang];
    const czech = pattern(concept.cs);
    const naming = entries.filter((entry) => czech.test(entry.cs));
    if (!naming.length) problems.push(`no string names /${concept.cs}/ any more: update xliff/terms.json`);
    if (!required) continue;
    for (const entry of naming) {
      if (!pattern(required).test(entry.text)) {
        problems.push(`${entry.where}: "${entry.text}" should say /${required}/ (Czech: "${entry.cs}")`);
      }
    }
  }
  return problems;
}

/** Strings that contain a rejected term. */
export function rejectedTerms(entries: Entry[], lang: Lang, rejected = terms.rejected[lang]): string[] {
  return entries.flatMap((entry) =>
    rejected
      .filter((term) => pattern(term).test(entry.text))
      .map((term) => `${entry.where}: "${entry.text}" has /${term}/`),
  );
}

describe("residents' terms (xliff/terms.json)", () => {
  for (const lang of LANGS) {
    it(`uses one ${lang} term per concept in the interface and the code lists`, () => {
      const entries = [...interfaceStrings(lang), ...codeListLabels(lang)];
      assert.ok(entries.length > 250, `${entries.length} strings`);
      assert.deepEqual(conceptViolations(entries, lang), []);
    });

    it(`has no rejected ${lang} term in the interface, the code lists or the national crisis lines`, () => {
      const entries = [...interfaceStrings(lang), ...codeListLabels(lang), ...crisisLineTexts(lang)];
      assert.deepEqual(rejectedTerms(entries, lang), []);
    });
  }

  it('catches a rejected term reintroduced, and a concept named without its term', () => {
    const labourOffice = { where: 'x', cs: 'Úřad práce – dávky', text: 'Úřad práce (центр зайнятості) – виплати' };
    assert.equal(rejectedTerms([labourOffice], 'uk').length, 1);
    assert.equal(conceptViolations([labourOffice], 'uk', [terms.concepts[0]]).length, 1);
    const sheltered = { where: 'y', cs: 'Chráněné bydlení', text: 'Sheltered housing' };
    assert.equal(rejectedTerms([sheltered], 'en').length, 1);
    assert.match(conceptViolations([sheltered], 'en', terms.concepts).join('\n'), /should say \/supported housing\//);
  });

  it('has valid patterns and a national line text to check', () => {
    for (const concept of terms.concepts) {
      for (const source of [concept.cs, concept.en, concept.uk]) if (source) pattern(source);
    }
    for (const lang of LANGS) for (const source of terms.rejected[lang]) pattern(source);
    for (const lang of LANGS) assert.ok(crisisLineTexts(lang).length >= 30, `national crisis line texts in ${lang}`);
  });
});
