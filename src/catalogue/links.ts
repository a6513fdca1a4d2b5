/**
 * Links made from catalogue data. Only http(s), mailto and tel links are ever produced: anything
 * else (javascript:, data:, relative paths) yields undefined and must be shown as plain text.
 */
import { EMAIL_PATTERN, HTTP_URL_PATTERN, PHONE_PATTERN } from './constants.js';

export function webHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (!HTTP_URL_PATTERN.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function mailtoHref(value: string | undefined): string | undefined {
  if (!value || !EMAIL_PATTERN.test(value.trim())) return undefined;
  return `mailto:${value.trim()}`;
}

export function telHref(value: string | undefined): string | undefined {
  if (!value || !PHONE_PATTERN.test(value.trim())) return undefined;
  return `tel:${value.replace(/\s+/g, '')}`;
}

/** "+420371000123" → "+420 371 000 123"; Czech numbers are read in groups of three. */
export function formatPhone(value: string): string {
  const digits = value.replace(/\s+/g, '');
  const match = /^(\+420)?(\d{9})$/.exec(digits);
  if (!match) return value.trim();
  const groups = match[2].match(/\d{3}/g) ?? [];
  return [match[1], ...groups].filter(Boolean).join(' ');
}
