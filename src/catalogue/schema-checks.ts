/**
 * The functions the catalogue schema (schema.ts) checks and changes values with, without zod.
 *
 * schema.ts builds its zod schemas with these, and the generated fast path of validation
 * (as-is.generated.ts, see scripts/as-is-codegen.ts) imports the very same functions: a town's page
 * whose catalogue is valid then runs the fast path without loading zod or the schema, and the two
 * cannot drift apart. The generator refuses a schema whose check uses a function not exported here.
 */
import { isValidIco } from './constants.js';

export { isValidIco };

/** Text as kept: without spaces around it. */
export const trim = (value: string): string => value.trim();

/** Translations of a text: at least one. */
export const hasTranslations = (value: object): boolean => Object.keys(value).length > 0;

/** A date of the calendar (DATE_PATTERN lets 2026-02-30 through). */
export const isCalendarDate = (value: string): boolean => !Number.isNaN(Date.parse(value));

/** A phone number's length: at most 20 characters, at least 3 digits. */
export const isPhoneLength = (value: string): boolean => value.length <= 20 && value.replace(/\D/g, '').length >= 3;

/** Opening hours that open and close at the same time are no hours. */
export const hoursNotEmpty = (value: { opens: string; closes: string }): boolean => value.opens !== value.closes;

/** A GeoJSON ring is closed: its last position repeats the first (its length is checked apart). */
export const isClosedRing = (points: readonly (readonly [number, number])[]): boolean =>
  points.length < 4 || (points[0][0] === points.at(-1)![0] && points[0][1] === points.at(-1)![1]);

/** A catalogue's synonym leads to kinds of service or to target groups. */
export const hasSynonymTarget = (value: {
  serviceTypes?: readonly string[];
  targetGroups?: readonly string[];
}): boolean => Boolean(value.serviceTypes?.length || value.targetGroups?.length);

/** An answer leads to exactly one further question or one outcome. */
export const hasOneTarget = (value: { questionId?: string; outcomeId?: string }): boolean =>
  (value.questionId === undefined) !== (value.outcomeId === undefined);
