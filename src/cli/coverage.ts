/**
 * The `--lang-coverage` part of `pomoc validate`: a table of the resident-facing texts missing in
 * each language, by part, and the first few to translate. The counting is src/catalogue/coverage.ts.
 */
import { COVERAGE_PARTS, type CoveragePart, type LanguageCoverage } from '../catalogue/coverage.js';
import type { MessageLang } from '../catalogue/messages.js';

// prettier-ignore
const T = {
  cs: {
    heading: 'Jazyky – texty pro obyvatele, které v daném jazyce chybí (chybí/celkem):',
    language: 'jazyk', total: 'celkem', default: 'výchozí',
    parts: { situations: 'situace', crisisLines: 'krizové linky', services: 'služby', organizations: 'organizace', locations: 'místa' },
    examples: (lang: string) => `Přeložit do jazyka ${lang}, například:`,
    quote: (text: string) => `„${text}“`,
    complete: 'Všechny texty pro obyvatele jsou ve všech uvedených jazycích.',
  },
  en: {
    heading: 'Languages – resident-facing texts missing in each language (missing/total):',
    language: 'language', total: 'total', default: 'default',
    parts: { situations: 'situations', crisisLines: 'crisis lines', services: 'services', organizations: 'organizations', locations: 'locations' },
    examples: (lang: string) => `To translate into ${lang}, for example:`,
    quote: (text: string) => `"${text}"`,
    complete: 'Every resident-facing text is in every language listed.',
  },
} satisfies Record<MessageLang, unknown>;

const clip = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
};

/** The report as lines of text. */
export function formatCoverage(coverage: LanguageCoverage[], lang: MessageLang): string[] {
  const t = T[lang];
  const header = [t.language, ...COVERAGE_PARTS.map((part) => t.parts[part]), t.total];
  const rows = coverage.map((language) => [
    language.isDefault ? `${language.lang} (${t.default})` : language.lang,
    ...COVERAGE_PARTS.map((part) => `${language.parts[part].missing}/${language.parts[part].total}`),
    `${language.missing}/${language.total}`,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`;
  const out = [t.heading, line(header), ...rows.map(line)];
  for (const language of coverage) {
    if (!language.missing) continue;
    out.push('', t.examples(language.lang));
    for (const part of COVERAGE_PARTS as readonly CoveragePart[]) {
      for (const example of language.parts[part].examples) {
        out.push(`  ${t.parts[part]}: ${example.where}: ${t.quote(clip(example.text))}`);
      }
    }
  }
  if (coverage.every((language) => !language.missing)) out.push(t.complete);
  return out;
}
