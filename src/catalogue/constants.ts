/**
 * The catalogue format's constants that the widgets need at run time, without zod: the schema
 * (schema.ts) and its validator load only with a catalogue, not with the page.
 */
export const SCHEMA_VERSION = 1;

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SERVICE_STATUSES = ['active', 'inactive', 'temporarily-closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const ICO_PATTERN = /^\d{8}$/;
export const PHONE_PATTERN = /^\+?\d[\d ]{1,18}\d$/;
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost(:\d+)?(\/[^\s]*)?$/i;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const POSTAL_CODE_PATTERN = /^\d{3} ?\d{2}$/;
export const REGISTRY_ID_PATTERN = /^\d{7}$/;
// Plain addresses only: no ?, &, = or %, so a mailto: link cannot carry extra recipients or text.
export const EMAIL_PATTERN = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** IČO (company id): eight digits, the last a mod-11 check digit over the first seven. */
export function isValidIco(ico: string): boolean {
  if (!ICO_PATTERN.test(ico)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(ico[i]) * (8 - i);
  return (11 - (sum % 11)) % 10 === Number(ico[7]);
}
