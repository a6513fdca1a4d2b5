/**
 * The catalogue format's constants that the widgets need at run time, without zod: the schema
 * (schema.ts) and its validator load only with a catalogue, not with the page.
 */
/** The format version this Pomoc writes. */
export const SCHEMA_VERSION = 1.1;
/**
 * The versions it reads. 1.1 only adds optional fields, so every version-1 file is a valid 1.1 file
 * that means the same.
 */
export const SCHEMA_VERSIONS = [1, 1.1] as const;

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SERVICE_STATUSES = ['active', 'inactive', 'temporarily-closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const ICO_PATTERN = /^\d{8}$/;
export const PHONE_PATTERN = /^\+?\d[\d ]{1,18}\d$/;
/** The characters a phone number may have; PHONE_PATTERN adds its length (3 to 20 characters) and shape. */
export const PHONE_CHARS_PATTERN = /^\+?[\d ]+$/;
/** Kinds of registry a record can come from: RPSS (MPSV, social services), NRPZS (ÚZIS, health care). */
export const REGISTRIES = ['rpss', 'nrpzs'] as const;
/** A district (okres) code: LAU 1 as CZ0324, or the RÚIAN code as 3402. */
export const DISTRICT_CODE_PATTERN = /^(CZ0\d{2}[0-9A-Z]|\d{1,5})$/;
/** A region (kraj) code: NUTS 3 as CZ032, or the RÚIAN code as 43. */
export const REGION_CODE_PATTERN = /^(CZ0\d{2}|\d{1,4})$/;
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
