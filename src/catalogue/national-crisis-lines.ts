/**
 * The national crisis and emergency lines, the same for every town (112, 155, 158, 150, 116 123,
 * 116 111, 116 006, DONA, Linka seniorů, 116 000), kept as data in national-crisis-lines.json (in
 * Czech) and national-crisis-lines.translations.json (English and Ukrainian), and merged into every
 * catalogue's crisis lines when it is read. A catalogue then needs to list only its local lines;
 * its own entry for a national line wins.
 *
 * The translations load with the English and Ukrainian interface strings, and with the Node tools
 * (national-crisis-lines.translations.ts): a Czech page does not fetch them. A catalogue read before
 * they came gets them where it shows a line (`crisisLineTranslated`).
 *
 * 156 (municipal police) is not here: it answers only where the town has a municipal police, so it
 * is the catalogue's to list. The numbers are from the project's domain notes; a wrong one is
 * corrected in the JSON, not in code.
 */
import data from './national-crisis-lines.json' with { type: 'json' };
import type { CrisisLine, LocalizedText } from './schema.js';

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
};

const TEXT_FIELDS = ['name', 'hours', 'audience', 'description'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** English and Ukrainian texts of the national lines, by line id and field. */
export type CrisisLineTranslations = Record<string, Partial<Record<TextField, Record<string, string>>>>;

// Shared by every catalogue on the page: frozen, so that no catalogue can change another's.
const IN_CZECH: readonly CrisisLine[] = freeze(data as CrisisLine[]);

/** The national lines: in Czech, and in English and Ukrainian once their translations are loaded. */
export let NATIONAL_CRISIS_LINES: readonly CrisisLine[] = IN_CZECH;

/** Adds the national lines' translations (national-crisis-lines.translations.ts calls it). */
export function addCrisisLineTranslations(translations: CrisisLineTranslations): void {
  NATIONAL_CRISIS_LINES = freeze(
    IN_CZECH.map((line) => {
      const own = translations[line.id];
      if (!own) return line;
      const translated: CrisisLine = { ...line };
      for (const field of TEXT_FIELDS) {
        const czech = line[field];
        if (czech !== undefined && typeof czech !== 'string' && own[field])
          translated[field] = { ...czech, ...own[field] };
      }
      return translated;
    }),
  );
}

/** True for a line that came from the library unchanged (not from the catalogue). */
export const isNationalCrisisLine = (line: CrisisLine) =>
  NATIONAL_CRISIS_LINES.includes(line) || IN_CZECH.includes(line);

/**
 * The digits a caller dials, so that "116 123", "116123" and "+420 116 123" are one line. A
 * country code is dropped only where it is written as one (+420 / 00420).
 */
export function dialledDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return /^\s*(\+|00)420/.test(phone) ? digits.replace(/^(00)?420/, '') : digits;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A catalogue's text in the library's language (Czech), or undefined when it has none: a plain
 * string is in the catalogue's language.
 */
function czechOf(value: LocalizedText, catalogueLanguage: string): string | undefined {
  if (typeof value === 'string') return catalogueLanguage === 'cs' ? value : undefined;
  return value.cs;
}

/**
 * The catalogue's entry, with the library's translations added to each text that says in Czech
 * exactly what the library says: the catalogue kept the meaning, so the translations still hold.
 * A text the catalogue reworded keeps only the catalogue's own languages.
 */
function withTranslations(own: CrisisLine, national: CrisisLine, catalogueLanguage: string): CrisisLine {
  let merged: CrisisLine | undefined;
  for (const field of TEXT_FIELDS) {
    const mine = own[field];
    const theirs = national[field];
    if (mine === undefined || theirs === undefined || typeof theirs === 'string') continue;
    const czech = czechOf(mine, catalogueLanguage);
    if (czech === undefined || theirs.cs === undefined || squash(czech) !== squash(theirs.cs)) continue;
    const translations = typeof mine === 'string' ? { [catalogueLanguage]: mine } : mine;
    merged ??= { ...own };
    merged[field] = { ...theirs, ...translations };
  }
  return merged ?? own;
}

export interface MergedCrisisLines {
  /** The national lines in the library's order (each replaced by the catalogue's own entry), then the catalogue's other lines. */
  lines: CrisisLine[];
  /** Every line by its id, and a replaced national line also by the library's id. */
  byId: Map<string, CrisisLine>;
}

/**
 * The catalogue's crisis lines with the national ones. The catalogue's entry replaces a national
 * line when it has the same id or the same number (the number decides what a caller reaches, and a
 * partner need not know the library's ids); references to the library's id then lead to it.
 */
export function withNationalCrisisLines(own: readonly CrisisLine[], catalogueLanguage: string): MergedCrisisLines {
  const byId = new Map<string, CrisisLine>();
  const used = new Set<CrisisLine>();
  const lines: CrisisLine[] = [];
  for (const national of NATIONAL_CRISIS_LINES) {
    const digits = dialledDigits(national.phone);
    const mine =
      own.find((line) => line.id === national.id && !used.has(line)) ??
      own.find((line) => !used.has(line) && dialledDigits(line.phone) === digits);
    if (!mine) {
      lines.push(national);
      byId.set(national.id, national);
      continue;
    }
    used.add(mine);
    const merged = withTranslations(mine, national, catalogueLanguage);
    lines.push(merged);
    byId.set(national.id, merged);
    byId.set(mine.id, merged);
  }
  for (const line of own) {
    if (used.has(line)) continue;
    lines.push(line);
    byId.set(line.id, line);
  }
  return { lines, byId };
}

/**
 * A line of a catalogue as it shows: with the national line's translations where the catalogue
 * was read before they loaded (the same rule as withNationalCrisisLines: a national line
 * unchanged, or the catalogue's entry for it where it says in Czech what the library says).
 */
export function crisisLineTranslated(line: CrisisLine, catalogueLanguage: string): CrisisLine {
  if (NATIONAL_CRISIS_LINES === IN_CZECH) return line;
  const at = IN_CZECH.indexOf(line);
  if (at >= 0) return NATIONAL_CRISIS_LINES[at];
  const digits = dialledDigits(line.phone);
  const national =
    NATIONAL_CRISIS_LINES.find((candidate) => candidate.id === line.id) ??
    NATIONAL_CRISIS_LINES.find((candidate) => dialledDigits(candidate.phone) === digits);
  return national ? withTranslations(line, national, catalogueLanguage) : line;
}
