/**
 * Repairs of contact values that real registry data get wrong in ways with one reading only: a web
 * address without its scheme ("www.charita.cz", "pisek.cz") or with a mistyped one ("http//…"),
 * two phone numbers or two e-mail addresses in one field. Anything with a second reading is left
 * for the validator to report and drop.
 *
 * Pure functions, used by validation (validate.ts) and so by the CLI and the widgets alike: a
 * resident sees the same links that `pomoc validate` reports as repaired. They run only on a record
 * that fails the fast path as it is, so a clean catalogue pays nothing for them, and a repaired
 * record goes through the fast path again rather than through zod.
 *
 * Postal codes are not repaired: "36005" and "360 05" are both valid ways to write a PSČ, so the
 * data keep what their publisher wrote and the widgets show it as "360 05" (formatPostalCode).
 */
import { EMAIL_PATTERN, HTTP_URL_PATTERN, PHONE_PATTERN } from './constants.js';

export type RepairCode = 'url-scheme-added' | 'url-scheme-fixed' | 'phones-split' | 'emails-split' | 'email-mailto';

export interface Repair {
  /** Where in the record, e.g. `url`, `phones[0].number`. */
  path: string;
  code: RepairCode;
  /** The value as written, and what it became (several values joined by " | "). */
  params: { value: string; result: string };
}

type Json = Record<string, unknown>;

/** A web address with the one scheme it can have, or undefined when it is fine or cannot be read. */
export function repairWebAddress(value: string): { value: string; code: RepairCode } | undefined {
  const text = value.trim();
  if (HTTP_URL_PATTERN.test(text)) return undefined;
  // "http//x.cz", "https//x.cz", "http:/x.cz", "http:\\x.cz": the scheme is plain, its punctuation wrong.
  const typo = /^(https?)(?::?\/\/?|:\\\\)(?!\/)(\S+)$/i.exec(text);
  if (typo) {
    const fixed = `${typo[1].toLowerCase()}://${typo[2]}`;
    return HTTP_URL_PATTERN.test(fixed) ? { value: fixed, code: 'url-scheme-fixed' } : undefined;
  }
  // "www.x.cz", "x.cz/sluzby", "//x.cz": a host name with a dot and a known-looking top-level domain.
  const bare = /^(?:\/\/)?((?:[a-z0-9\u00c0-\u024f-]+\.)+[a-z]{2,}(?::\d+)?)([/?#]\S*)?$/i.exec(text);
  if (bare && !text.includes('@')) {
    const fixed = `https://${bare[1]}${bare[2] ?? ''}`;
    return HTTP_URL_PATTERN.test(fixed) ? { value: fixed, code: 'url-scheme-added' } : undefined;
  }
  return undefined;
}

/**
 * The numbers of a phone field that holds several: "725 548 776 725 179 013" (two Czech numbers of
 * nine digits, possibly with +420), or numbers separated by a comma, semicolon, slash or "nebo".
 * Undefined when the field is one valid number or cannot be split without guessing.
 */
export function splitPhoneField(value: string): string[] | undefined {
  const text = value.trim();
  if (PHONE_PATTERN.test(text)) return undefined;
  const parts = text
    .split(/\s*[,;/]\s*|\s+nebo\s+|\s+or\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1) return parts.every((part) => PHONE_PATTERN.test(part)) ? parts : undefined;
  if (!/^[+\d ]+$/.test(text)) return undefined;
  // Only Czech numbers can be cut without guessing: each is nine digits after an optional +420.
  let rest = text.replace(/ /g, '');
  const numbers: string[] = [];
  while (rest) {
    const match = /^(\+420|00420)?(\d{9})/.exec(rest);
    if (!match) return undefined;
    const digits = match[2];
    numbers.push(`${match[1] ? '+420 ' : ''}${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`);
    rest = rest.slice(match[0].length);
  }
  return numbers.length > 1 ? numbers : undefined;
}

/** The addresses of an e-mail field that holds several ("a@x.cz, b@y.cz"), or one written as mailto:. */
export function splitEmailField(value: string): { values: string[]; code: RepairCode } | undefined {
  const text = value.trim();
  if (EMAIL_PATTERN.test(text)) return undefined;
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^mailto:/i, ''))
    .filter(Boolean);
  if (!parts.length || !parts.every((part) => EMAIL_PATTERN.test(part))) return undefined;
  return { values: [...new Set(parts)], code: parts.length > 1 ? 'emails-split' : 'email-mailto' };
}

/** Web addresses of a field: one, or several separated by commas, semicolons or spaces. */
function repairWebField(value: string): { values: string[]; code: RepairCode } | undefined {
  const single = repairWebAddress(value);
  if (single) return { values: [single.value], code: single.code };
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const values: string[] = [];
  let code: RepairCode | undefined;
  for (const part of parts) {
    if (HTTP_URL_PATTERN.test(part)) values.push(part);
    else {
      const repaired = repairWebAddress(part);
      if (!repaired) return undefined;
      values.push(repaired.value);
      code ??= repaired.code;
    }
  }
  return { values, code: code ?? 'url-scheme-added' };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The record with its contact values repaired, and what was done; undefined when nothing could be
 * (the record is then exactly as it came). The record is copied where changed, never mutated.
 */
export function repairRecord(collection: string, item: unknown): { record: Json; repairs: Repair[] } | undefined {
  if (!isObject(item)) return undefined;
  if (collection !== 'services' && collection !== 'organizations' && collection !== 'locations') {
    if (collection !== 'crisisLines') return undefined;
  }
  const repairs: Repair[] = [];
  let record: Json | undefined;
  const copy = () => (record ??= { ...item });
  const note = (path: string, code: RepairCode, value: string, result: string[]) =>
    repairs.push({ path, code, params: { value, result: result.join(' | ') } });

  // A single `url` / `email`: its first value stays there, more go to the 1.1 lists.
  if (typeof item.url === 'string') {
    const fixed = repairWebField(item.url);
    if (fixed) {
      note('url', fixed.code, item.url, fixed.values);
      copy().url = fixed.values[0];
      if (fixed.values.length > 1 && collection !== 'crisisLines') {
        const more = fixed.values.slice(1).map((url) => ({ url }));
        copy().websites = [...more, ...(Array.isArray(item.websites) ? item.websites : [])];
      }
    }
  }
  if (collection === 'crisisLines') return record ? { record, repairs } : undefined;
  if (typeof item.email === 'string') {
    const fixed = splitEmailField(item.email);
    if (fixed) {
      note('email', fixed.code, item.email, fixed.values);
      copy().email = fixed.values[0];
      if (fixed.values.length > 1) {
        const more = fixed.values.slice(1).map((address) => ({ address }));
        copy().emails = [...more, ...(Array.isArray(item.emails) ? item.emails : [])];
      }
    }
  }
  const list = (
    key: string,
    field: string,
    split: (value: string) => { values: string[]; code: RepairCode } | undefined,
  ) => {
    const entries = (record ?? item)[key];
    if (!Array.isArray(entries)) return;
    let changed = false;
    const out: unknown[] = [];
    entries.forEach((entry, index) => {
      const value = isObject(entry) ? entry[field] : undefined;
      const fixed = typeof value === 'string' ? split(value) : undefined;
      if (!fixed) return void out.push(entry);
      changed = true;
      note(`${key}[${index}].${field}`, fixed.code, value as string, fixed.values);
      for (const result of fixed.values) out.push({ ...(entry as Json), [field]: result });
    });
    if (changed) copy()[key] = out;
  };
  list('phones', 'number', (value) => {
    const values = splitPhoneField(value);
    return values ? { values, code: 'phones-split' } : undefined;
  });
  list('emails', 'address', splitEmailField);
  list('websites', 'url', repairWebField);
  return record ? { record, repairs } : undefined;
}
