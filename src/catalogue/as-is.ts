/**
 * The fast path of validation: whether a record passes its zod schema exactly as it is. Most records
 * of a large catalogue are valid and clean, and for them zod's parse only copies them, object by
 * object and array by array; this check, built once from the schema's definition, reads them
 * without making anything. Whatever it is not sure of (a value zod would change, such as text to
 * trim or an unknown key to strip, or a part of a schema it does not know) it leaves to zod, which
 * stays the one definition of what is valid.
 */
import type * as z from 'zod/mini';

// What a check says of a value.
const PASSES = 0;
const FAILS = 1;
const UNSURE = 2;
type Check = (value: unknown) => number;

interface Definition {
  type: string;
  checks?: readonly { _zod: { def: CheckDefinition } }[];
  shape?: Record<string, Schema>;
  catchall?: unknown;
  innerType?: Schema;
  element?: Schema;
  options?: readonly Schema[];
  keyType?: Schema;
  valueType?: Schema;
  format?: string;
}
interface CheckDefinition {
  check: string;
  when?: unknown;
  tx?: (value: unknown) => unknown;
  minimum?: number;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
  value?: number;
  inclusive?: boolean;
}
interface Schema {
  _zod: { def: Definition; values?: ReadonlySet<unknown>; optin?: string };
}

const unsure: Check = () => UNSURE;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * For an object schema: the record as zod would give it, when it passes as it is; else undefined,
 * and zod must decide. That is the record itself, or a copy without the fields the schema does not
 * know (zod leaves them out); nested values are never copied, so they must not be changed.
 */
export function asIs<T>(schema: z.ZodMiniType<T>): (value: unknown) => T | undefined {
  const { def } = (schema as unknown as Schema)._zod;
  if (def.type !== 'object' || !def.shape || def.catchall !== undefined) return () => undefined;
  const fields = fieldsOf(def.shape);
  const refinements = checksOf(def);
  return (value) => {
    if (!isObject(value)) return undefined;
    try {
      const result = fields(value, false);
      if (result === PASSES) return refinements(value) === PASSES ? (value as T) : undefined;
      if (result !== UNKNOWN_KEYS) return undefined;
      const record: Record<string, unknown> = {};
      for (const key in def.shape) if (key in value) record[key] = value[key];
      return refinements(record) === PASSES ? (record as T) : undefined;
    } catch {
      // A refinement that throws on odd input: zod knows in which order its checks run.
      return undefined;
    }
  };
}

// Said of an object whose known fields pass as they are, with keys zod would leave out.
const UNKNOWN_KEYS = 3;

/**
 * The fields of an object, read in the object's own order: one pass over its keys, each looked up
 * among the schema's, is cheaper than reading the schema's keys from objects of many shapes.
 */
function fieldsOf(shape: Record<string, Schema>): (value: Record<string, unknown>, nested: boolean) => number {
  const fields = new Map<string, { check: Check; required: boolean }>();
  let required = 0;
  for (const [key, schema] of Object.entries(shape)) {
    const optional = schema._zod.optin === 'optional';
    fields.set(key, { check: compile(schema), required: !optional });
    if (!optional) required++;
  }
  return (value, nested) => {
    let found = 0;
    let unknown = false;
    for (const key in value) {
      const field = fields.get(key);
      if (field === undefined) {
        // A nested object with a key the schema does not know would lose it: zod copies it.
        if (nested) return UNSURE;
        unknown = true;
        continue;
      }
      const result = field.check(value[key]);
      if (result !== PASSES) return result;
      if (field.required) found++;
    }
    if (found < required) return FAILS;
    return unknown ? UNKNOWN_KEYS : PASSES;
  };
}

function compile(schema: Schema): Check {
  const type = typeOf(schema);
  if (!schema._zod.def.checks?.length) return type;
  const checks = checksOf(schema._zod.def);
  return (value) => type(value) || checks(value);
}

function typeOf(schema: Schema): Check {
  const { def } = schema._zod;
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? PASSES : FAILS);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? PASSES : FAILS);
    case 'number':
      if (def.format === undefined) return (value) => (Number.isFinite(value) ? PASSES : FAILS);
      if (def.format === 'safeint') return (value) => (Number.isSafeInteger(value) ? PASSES : FAILS);
      return unsure;
    case 'enum': {
      const values = schema._zod.values;
      return values ? (value) => (values.has(value) ? PASSES : FAILS) : unsure;
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (value) => (value === undefined ? PASSES : inner(value));
    }
    case 'array': {
      const element = compile(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return FAILS;
        for (const item of value) {
          const result = element(item);
          if (result !== PASSES) return result;
        }
        return PASSES;
      };
    }
    case 'object': {
      if (def.catchall !== undefined) return unsure;
      const fields = fieldsOf(def.shape!);
      return (value) => (isObject(value) ? fields(value, true) : FAILS);
    }
    case 'record': {
      const key = compile(def.keyType!);
      const item = compile(def.valueType!);
      return (value) => {
        if (!isObject(value)) return FAILS;
        if (Object.getPrototypeOf(value) !== Object.prototype) return UNSURE;
        for (const name of Object.keys(value)) {
          // zod tries a key that fails as text again as a number, and drops __proto__.
          if (name === '__proto__' || key(name) !== PASSES) return UNSURE;
          const result = item(value[name]);
          if (result !== PASSES) return result;
        }
        return PASSES;
      };
    }
    case 'union': {
      // zod takes the first option that passes; one that may pass after a change decides nothing here.
      const options = def.options!.map(compile);
      return (value) => {
        for (const option of options) {
          const result = option(value);
          if (result !== FAILS) return result;
        }
        return FAILS;
      };
    }
    default:
      return unsure;
  }
}

/** The checks of a schema (refinements, formats, bounds) in zod's order. */
function checksOf(def: Definition): Check {
  const checks = (def.checks ?? []).map(({ _zod }) => checkOf(_zod.def));
  if (checks.length === 0) return () => PASSES;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [first, second] = checks;
    return (value) => first(value) || second(value);
  }
  return (value) => {
    for (const check of checks) {
      const result = check(value);
      if (result !== PASSES) return result;
    }
    return PASSES;
  };
}

function checkOf(def: CheckDefinition): Check {
  // A length check's condition only skips values without a length; any other condition is unknown.
  if (def.when !== undefined && def.check !== 'min_length') return unsure;
  switch (def.check) {
    case 'overwrite': {
      // Trimming: a value it would change is no longer as it is.
      const tx = def.tx!;
      return (value) => (tx(value) === value ? PASSES : UNSURE);
    }
    case 'min_length': {
      const minimum = def.minimum!;
      return (value) => ((value as { length: number }).length >= minimum ? PASSES : FAILS);
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !pattern) return unsure;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? PASSES : FAILS;
      };
    }
    case 'custom': {
      const fn = def.fn!;
      return (value) => {
        const result = fn(value);
        return result instanceof Promise ? UNSURE : result ? PASSES : FAILS;
      };
    }
    case 'greater_than': {
      const bound = def.value!;
      return def.inclusive
        ? (value) => ((value as number) >= bound ? PASSES : FAILS)
        : (value) => ((value as number) > bound ? PASSES : FAILS);
    }
    case 'less_than': {
      const bound = def.value!;
      return def.inclusive
        ? (value) => ((value as number) <= bound ? PASSES : FAILS)
        : (value) => ((value as number) < bound ? PASSES : FAILS);
    }
    default:
      return unsure;
  }
}
