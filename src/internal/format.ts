/** Formatting shared by the widgets: counts, dates, opening hours, catalogue text. */
import { msg, str } from '@lit/localize';
import { compileSchedule, hoursOn, isCzechPublicHoliday, isOpenAt, pragueTime } from '../catalogue/hours.js';
import type { LocalizedText, Schedule } from '../catalogue/schema.js';
import { WEEKDAYS } from '../catalogue/schema.js';
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
const dateFormat = cached((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }));
const listFormat = cached((lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
const languageNames = cached((lang) => new Intl.DisplayNames([lang], { type: 'language' }));

export function servicesCount(count: number, lang: string): string {
  const form = pluralRules(lang).select(count);
  const n = count.toLocaleString(lang);
  if (form === 'one') return msg(str`${n} služba`, { id: 'count.services.one', desc: 'Number of services, singular' });
  if (form === 'few') return msg(str`${n} služby`, { id: 'count.services.few', desc: 'Number of services, 2–4' });
  return msg(str`${n} služeb`, { id: 'count.services.many', desc: 'Number of services, 0 or 5 and more' });
}

export const formatDate = (iso: string, lang: string) => {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(lang).format(date);
};

const formatTime = (time: string) => (time.startsWith('0') ? time.slice(1) : time);

/** "8:00–12:00, 13:00–16:00", "nonstop", "closed", or '' when the catalogue does not say. */
export function todaysHours(schedule: Schedule | undefined, now = new Date()): { text: string; open?: boolean } {
  if (!schedule) return { text: '' };
  if (schedule.alwaysOpen) return { text: msg('nonstop', { id: 'hours.nonstop' }), open: true };
  if (!schedule.hours?.length) return { text: '' };
  const time = pragueTime(now);
  if (!schedule.openOnPublicHolidays && isCzechPublicHoliday(time.year, time.month, time.day)) {
    return { text: msg('dnes svátek – zavřeno', { id: 'hours.holiday' }), open: false };
  }
  const ranges = hoursOn(schedule, WEEKDAYS[time.weekday]);
  if (!ranges.length) return { text: msg('dnes zavřeno', { id: 'hours.closed-today' }), open: false };
  return {
    text: ranges.map((range) => `${formatTime(range.opens)}–${formatTime(range.closes)}`).join(', '),
    open: isOpenAt(compileSchedule(schedule), time),
  };
}

/** Catalogue text in the widget's language, with the language it is actually in. */
export function catalogueText(catalogue: Catalogue, value: LocalizedText | undefined, lang: string) {
  return resolveText(value, lang, catalogue.meta.language) ?? { text: '', lang };
}

export const joinList = (items: string[], lang: string) => listFormat(lang).format(items);

/** "uk" → "ukrajinština" in Czech. */
export function languageName(code: string, lang: string): string {
  try {
    return languageNames(lang).of(code) ?? code;
  } catch {
    return code;
  }
}
