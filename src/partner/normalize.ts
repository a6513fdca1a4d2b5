/**
 * Turning the values people and registries write into the catalogue's forms: phone numbers,
 * web addresses, postal codes, lists, yes/no, dates. Each returns undefined for a value it cannot
 * read, and the caller says so.
 */
import { DATE_PATTERN, EMAIL_PATTERN, HTTP_URL_PATTERN, isValidIco, PHONE_PATTERN } from '../catalogue/schema.js';

/** Lower case, no diacritics, single spaces: for matching names and labels. */
export const foldText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** One phone number as "+420 371 000 101"; any other plausible international number as written. */
export function normalizePhone(value: string): string | undefined {
  let digits = value.replace(/[\s\u00a0().\-/]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (/^\d{9}$/.test(digits)) digits = `+420${digits}`;
  const czech = /^\+420(\d{3})(\d{3})(\d{3})$/.exec(digits);
  if (czech) return `+420 ${czech[1]} ${czech[2]} ${czech[3]}`;
  return PHONE_PATTERN.test(digits) && digits.length >= 6 ? digits : undefined;
}

/** Several numbers written in one cell or registry field: "371 000 101, 602 000 000". */
export const splitPhones = (value: string) =>
  value
    .split(/[,;]|\s+nebo\s+|\s+or\s+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A web address with its scheme: registries and people often write "www.example.cz". */
export function normalizeUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
  return HTTP_URL_PATTERN.test(withScheme) ? withScheme : undefined;
}

export function normalizeEmail(value: string): string | undefined {
  const trimmed = value.trim().replace(/^mailto:/i, '');
  return EMAIL_PATTERN.test(trimmed) ? trimmed : undefined;
}

/** "35201" or "352 01" → "352 01". */
export function normalizePostalCode(value: string | number): string | undefined {
  const digits = String(value).replace(/\s/g, '');
  return /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : undefined;
}

/** An IČO with its leading zeros (spreadsheets drop them) and a valid check digit. */
export function normalizeIco(value: string | number): string | undefined {
  const digits = String(value).replace(/\s/g, '');
  if (!/^\d{1,8}$/.test(digits)) return undefined;
  const ico = digits.padStart(8, '0');
  return isValidIco(ico) ? ico : undefined;
}

/** Items of a list written in one cell: separated by commas, semicolons or new lines. */
export const splitList = (value: string) =>
  value
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

const YES = new Set(['ano', 'a', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['ne', 'n', 'no', 'false', '0']);

export function parseYesNo(value: string): boolean | undefined {
  const folded = foldText(value);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}

/** "2026-10-01", "1. 10. 2026" or "1.10.2026" → "2026-10-01". */
export function parseDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (DATE_PATTERN.test(trimmed)) return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed;
  const czech = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(trimmed);
  if (!czech) return undefined;
  const iso = `${czech[3]}-${czech[2].padStart(2, '0')}-${czech[1].padStart(2, '0')}`;
  return DATE_PATTERN.test(iso) && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
}

/** Today in Czech time, as YYYY-MM-DD. */
export const todayInPrague = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(now);

/** A stable id from free text: "Pečovatelská služba Rokycany" → "pecovatelska-sluzba-rokycany". */
export const slug = (text: string, max = 60) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
