/**
 * Record-by-record validation of a parsed catalogue. An invalid record is dropped and reported
 * (which record, which field, why); dangling references and duplicate ids are reported; every
 * valid record still loads.
 *
 * The fast path, the repairs and the checks across records are in validate-core.ts, without zod;
 * this module adds zod and the whole schema for what the fast path does not take as it is, and is
 * what the CLI, the tools and the catalogue API call. The browser's loader loads it only for a
 * catalogue that needs it (see ingest.ts).
 */
import * as z from 'zod/mini';
import { isMessageCode, type IssueEffect, type MessageCode } from './messages.js';
import {
  catalogueMetaSchema,
  crisisLineSchema,
  locationSchema,
  organizationSchema,
  serviceSchema,
  situationSchema,
  synonymSchema,
} from './schema.js';
import type { Steps } from './yield.js';
import {
  validateSteps,
  validateWith,
  type Catalogue,
  type CatalogueIssue,
  type FullValidator,
  type LoadedMeta,
  type ValidateOptions,
} from './validate-core.js';

export {
  providerName,
  todayInCzechia,
  type Catalogue,
  type CatalogueIssue,
  type LoadedMeta,
  type Severity,
  type ValidateOptions,
} from './validate-core.js';

type Schema<T> = z.ZodMiniType<T>;

export function validateCatalogue(input: unknown, options: ValidateOptions = {}): Catalogue {
  return validateWith(input, withZod, options);
}

/** `validateCatalogue` in steps of a few hundred records (see yield.ts): the browser's loader. */
export function validateCatalogueSteps(input: unknown, options: ValidateOptions = {}): Steps<Catalogue> {
  return validateSteps(input, withZod, options);
}

const SCHEMAS: Record<string, Schema<unknown>> = {
  organizations: organizationSchema,
  locations: locationSchema,
  services: serviceSchema,
  situations: situationSchema,
  crisisLines: crisisLineSchema,
  synonyms: synonymSchema,
};

/** zod and the whole schema, for the metadata and the records the fast path does not take as they are. */
const withZod: FullValidator = { meta: validateMeta, record: validateRecord };

function validateMeta(value: unknown, issues: CatalogueIssue[]): LoadedMeta {
  const result = catalogueMetaSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  reportZodIssues(result.error.issues, 'catalogue', undefined, issues, 'value-removed');
  const partial = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const language =
    typeof partial.language === 'string' && /^[a-z]{2,3}$/.test(partial.language) ? partial.language : 'cs';
  const title = typeof partial.title === 'string' && partial.title.trim() ? partial.title : 'Katalog služeb';
  return { title, language, publisher: { name: '' } };
}

function validateRecord(key: string, item: unknown, index: number, issues: CatalogueIssue[]): unknown {
  const schema = SCHEMAS[key];
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  const path = `${key}[${index}]`;
  // The slow path, only for a broken record: again, keeping the input for the messages.
  const detailed = schema.safeParse(item, { reportInput: true });
  const found = detailed.error?.issues ?? result.error.issues;
  const repaired = repairable(key) ? repair(schema, item, found) : undefined;
  reportZodIssues(found, path, idOf(item), issues, repaired ? 'value-removed' : 'record-dropped');
  return repaired;
}

// A question tree with a part cut out could lead somewhere else: a broken situation is skipped whole.
const repairable = (collection: string) => collection !== 'situations';

/**
 * A record whose only faults are in optional values (a web address without http, a mistyped
 * phone, an unknown target group) keeps everything else: each faulty value is left out, the
 * innermost one that can be (one phone of several, one code of a list), and the record checked
 * again. A fault in a required field, or one that leaving values out does not mend, drops it.
 */
function repair<T>(schema: Schema<T>, item: unknown, found: readonly z.core.$ZodIssue[]): T | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const shape = (schema as unknown as { def: { shape?: Record<string, { _zod: { optin?: string } }> } }).def.shape;
  if (!shape) return undefined;
  const copy = structuredClone(item) as Record<string, unknown>;
  let issues = found;
  for (let round = 0; round < 4; round++) {
    for (const issue of issues) {
      const path = issue.path;
      const top = path[0];
      if (typeof top !== 'string' || shape[top]?._zod.optin !== 'optional') return undefined;
      // Leave out the innermost list item on the path, else the optional field itself.
      let cut = 1;
      for (let i = path.length - 1; i > 0; i--) {
        if (typeof path[i] === 'number') {
          cut = i + 1;
          break;
        }
      }
      if (round > 0) cut = 1;
      remove(copy, path.slice(0, cut));
    }
    // Removed list items are marked first and swept after, so that the paths of other issues hold.
    sweep(copy);
    const again = schema.safeParse(copy);
    if (again.success) return again.data;
    issues = again.error.issues;
  }
  return undefined;
}

function remove(target: Record<string, unknown>, path: readonly PropertyKey[]) {
  let parent: unknown = target;
  for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)?.[key as string];
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1, REMOVED);
  else if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[last as string];
}

const REMOVED = Symbol('removed');

function sweep(value: unknown) {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      if (value[i] === REMOVED) value.splice(i, 1);
      else sweep(value[i]);
    }
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) sweep(child);
  }
}

const idOf = (item: unknown) => {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function reportZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  base: string,
  recordId: string | undefined,
  issues: CatalogueIssue[],
  effect: IssueEffect,
) {
  for (const issue of zodIssues) {
    const { code, params } = describeZodIssue(issue);
    issues.push({ severity: 'error', path: formatPath(base, issue.path), recordId, code, params, effect });
  }
}

function describeZodIssue(issue: z.core.$ZodIssue): { code: MessageCode; params?: Record<string, string | number> } {
  const described = describeCode(issue);
  // The value itself, so that a message says which one (when zod kept the input: the slow path).
  const input = (issue as { input?: unknown }).input;
  if ((typeof input === 'string' || typeof input === 'number') && described.params?.value === undefined) {
    const value = String(input);
    return {
      ...described,
      params: { ...described.params, value: value.length > 80 ? `${value.slice(0, 79)}…` : value },
    };
  }
  return described;
}

function describeCode(issue: z.core.$ZodIssue): { code: MessageCode; params?: Record<string, string | number> } {
  if (isMessageCode(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required' };
      return { code: 'type', params: { expected: issue.expected } };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const value = String(issue.input);
      const suggestion = closest(value, allowed);
      return { code: 'enum', params: suggestion ? { value, suggestion } : { value } };
    }
    case 'invalid_union':
      if (issue.input === undefined) return { code: 'required' };
      return { code: typeof issue.input === 'string' ? 'text-empty' : 'text' };
    case 'invalid_key':
      return { code: 'lang' };
    case 'too_small':
      return { code: issue.origin === 'array' ? 'array-empty' : issue.origin === 'string' ? 'text-empty' : 'number' };
    case 'too_big':
      return { code: 'number' };
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

/** The allowed value nearest to a mistyped one, when it is plausibly a typo. */
function closest(value: string, allowed: string[]): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(needle.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
