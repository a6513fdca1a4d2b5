/** Formatting shared by the widgets: counts, dates, opening hours, catalogue text. */
import { msg, str } from '@lit/localize';
import { compileSchedule, hoursOn, isCzechPublicHoliday, isOpenAt, pragueTime } from '../catalogue/hours.js';
import type { LocalizedText, Schedule, ServiceStatus } from '../catalogue/schema.js';
import { WEEKDAYS } from '../catalogue/constants.js';
import { resolveText } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/validate.js';

// Intl formatters are slow to make and fast to use: one of each per language.
const cached = <T>(make: (lang: string) => T) => {
  const made = new Map<string, T>();
  return (lang: string) => {
    let value = made.get(lang);
    if (!value) made.set(lang, (value = make(lang)));
    return value;
  };
};
const pluralRules = cached((lang) => new Intl.PluralRules(lang));
// One formatter per language: `toLocaleString` builds one on every call (≈ 0.3 ms, twice a keystroke).
const numberFormat = cached((lang) => new Intl.NumberFormat(lang));
// The interface languages group a count's thousands as Intl does (Czech and Ukrainian with a
// no-break space, English with a comma; tests compare them with Intl): making the first number
// formatter loads its locale's data, ≈ 30 ms of the first render of a national catalogue's count.
const GROUP_SEPARATOR: Record<string, string> = { cs: '\u00a0', uk: '\u00a0', en: ',' };
export const formatCount = (n: number, lang: string) => {
  if (!Number.isInteger(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) return numberFormat(lang).format(n);
  const digits = String(n);
  if (n < 1000) return digits;
  const separator = GROUP_SEPARATOR[lang];
  return separator === undefined ? numberFormat(lang).format(n) : digits.replace(/\B(?=(\d{3})+$)/g, separator);
};
const dateFormat = cached((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }));
const listFormat = cached((lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
const languageNames = cached((lang) => new Intl.DisplayNames([lang], { type: 'language' }));

// The interface languages need no Intl formatter for what a first render shows: counts' plural
// forms, lists and long dates are written here as Intl writes them (tests compare them with Intl).
// The first Intl formatter of a language loads its locale's data: the list formatter's was a task
// of 35–50 ms before the finder's first results (CPU profiles of the README page, 2-core machine).
const INTERFACE = new Set(['cs', 'en', 'uk']);

/**
 * Makes the formatters of another language ahead of the first render, in a task of its own
 * (base.ts), not in the render's.
 */
export function prepareFormats(lang: string): void {
  if (INTERFACE.has(lang)) return;
  try {
    pluralRules(lang);
    listFormat(lang);
  } catch {
    // An unknown language: the render falls back as it would have.
  }
}

/** The CLDR plural category of a count, as Intl.PluralRules selects it. */
function pluralForm(n: number, lang: string): Intl.LDMLPluralRule {
  if (!INTERFACE.has(lang) || !Number.isInteger(n) || n < 0) return pluralRules(lang).select(n);
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (lang === 'cs') return n === 1 ? 'one' : n >= 2 && n <= 4 ? 'few' : 'other';
  const [ten, hundred] = [n % 10, n % 100];
  if (ten === 1 && hundred !== 11) return 'one';
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return 'few';
  return 'many';
}

export function servicesCount(value: number, lang: string): string {
  const form = pluralForm(value, lang);
  const n = formatCount(value, lang);
  if (form === 'one') return msg(str`${n} služba`, { id: 'count.services.one', desc: 'Number of services, singular' });
  if (form === 'few') return msg(str`${n} služby`, { id: 'count.services.few', desc: 'Number of services, 2–4' });
  return msg(str`${n} služeb`, { id: 'count.services.many', desc: 'Number of services, 0 or 5 and more' });
}

export function placesCount(value: number, lang: string): string {
  const form = pluralForm(value, lang);
  const n = formatCount(value, lang);
  if (form === 'one') return msg(str`${n} místo`, { id: 'count.places.one', desc: 'Number of places, singular' });
  if (form === 'few') return msg(str`${n} místa`, { id: 'count.places.few', desc: 'Number of places, 2–4' });
  return msg(str`${n} míst`, { id: 'count.places.many', desc: 'Number of places, 0 or 5 and more' });
}

export const formatDate = (iso: string, lang: string) => {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : longDate(date, lang);
};

// The interface languages' long dates, as Intl writes them ("1. listopadu 2026", "November 1,
// 2026", "1 листопада 2026 р."; a test compares them with Intl for every month): making the first
// Intl date formatter loads the locale's data, a 60–80 ms task on a 2-core machine before the
// finder's first results could show. Other languages go to Intl.
const MONTHS: Record<string, readonly string[]> = {
  cs: [
    'ledna',
    'února',
    'března',
    'dubna',
    'května',
    'června',
    'července',
    'srpna',
    'září',
    'října',
    'listopadu',
    'prosince',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  uk: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
};

function longDate(date: Date, lang: string): string {
  const months = MONTHS[lang];
  if (!months) return dateFormat(lang).format(date);
  const [day, month, year] = [date.getDate(), months[date.getMonth()], date.getFullYear()];
  if (lang === 'cs') return `${day}. ${month} ${year}`;
  if (lang === 'en') return `${month} ${day}, ${year}`;
  return `${day} ${month} ${year} р.`;
}

const formatTime = (time: string) => (time.startsWith('0') ? time.slice(1) : time);

/**
 * Today's hours for a card: "8:00–12:00, 13:00–16:00", "do 8:00, 20:00–8:00" for a night that
 * runs on from yesterday, "nonstop", "zavřeno", or '' when the catalogue does not say.
 */
export function todaysHours(
  schedule: Schedule | undefined,
  now = new Date(),
  status?: ServiceStatus,
): { text: string; open?: boolean } {
  if (status === 'temporarily-closed')
    return { text: msg('dočasně uzavřeno', { id: 'finder.badge.closed' }), open: false };
  if (!schedule) return { text: '' };
  if (schedule.alwaysOpen) return { text: msg('nonstop', { id: 'hours.nonstop' }), open: true };
  if (!schedule.hours?.length) return { text: '' };
  const time = pragueTime(now);
  if (!schedule.openOnPublicHolidays && isCzechPublicHoliday(time.year, time.month, time.day)) {
    return { text: msg('svátek – zavřeno', { id: 'hours.holiday' }), open: false };
  }
  const open = isOpenAt(compileSchedule(schedule), time);
  const yesterday = hoursOn(schedule, WEEKDAYS[(time.weekday + 6) % 7]).filter((range) => range.closes <= range.opens);
  const carried = yesterday.map((range) => msg(str`do ${formatTime(range.closes)}`, { id: 'hours.until' }));
  const ranges = hoursOn(schedule, WEEKDAYS[time.weekday]).map(
    (range) => `${formatTime(range.opens)}–${formatTime(range.closes)}`,
  );
  if (!carried.length && !ranges.length) return { text: msg('zavřeno', { id: 'hours.closed-today' }), open: false };
  return { text: [...carried, ...ranges].join(', '), open };
}

/** Catalogue text in the widget's language, with the language it is actually in. */
export function catalogueText(catalogue: Catalogue, value: LocalizedText | undefined, lang: string) {
  return resolveText(value, lang, catalogue.meta.language) ?? { text: '', lang };
}

// "a, b a c", "a, b, and c", "a, b і c": the last "and" of a list (before its last item), as
// Intl.ListFormat writes a long conjunction in the interface languages.
const AND: Record<string, { two: string; last: string }> = {
  // A no-break space after the one-letter "a", as Czech typesetting wants (and Intl writes).
  cs: { two: ' a\u00a0', last: ' a\u00a0' },
  en: { two: ' and ', last: ', and ' },
  uk: { two: ' і ', last: ' і ' },
};

export function joinList(items: string[], lang: string): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = INTERFACE.has(lang) ? AND[lang] : undefined;
  if (!and) return listFormat(lang).format(items);
  if (items.length === 2) return items.join(and.two);
  return `${items.slice(0, -1).join(', ')}${and.last}${items[items.length - 1]}`;
}

/** "uk" → "ukrajinština" in Czech. */
export function languageName(code: string, lang: string): string {
  try {
    return languageNames(lang).of(code) ?? code;
  } catch {
    return code;
  }
}
