// A yes/no check of a value against a zod schema, read from the schema itself.
// zod's parse builds a copy of every object and array it checks, and an issue
// list and a result for every field: on a report of a few KB that was a tenth of
// the time and a quarter of the memory of its extraction, all thrown away. This
// check allocates nothing. It knows the schema kinds and checks the output model
// uses, is never laxer than zod (what it accepts, zod accepts), and asks zod
// itself about any other kind.
import * as z from 'zod/mini';

export type Check = (value: unknown) => boolean;

/** The check of a schema. */
export function checkOf(schema: z.core.$ZodType): Check {
  const built = new Map<z.core.$ZodType, Check>();
  const of = (s: z.core.$ZodType): Check => {
    let check = built.get(s);
    if (check === undefined) {
      check = build(s as z.core.$ZodTypes, of) ?? ((value) => z.safeParse(s, value).success);
      built.set(s, check);
    }
    return check;
  };
  return of(schema);
}

/** The check of one schema kind, its parts checked by `of`; null for a kind left to zod. */
function build(s: z.core.$ZodTypes, of: (s: z.core.$ZodType) => Check): Check | null {
  const def = s._zod.def;
  // A schema that is itself a check (z.email(), z.int()) or that transforms its input is left to zod.
  if ('check' in def || ('coerce' in def && def.coerce)) return null;
  switch (def.type) {
    case 'string':
      return withChecks(def.checks, (value) => typeof value === 'string');
    case 'number':
      return withChecks(def.checks, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'literal':
    case 'enum': {
      const values = s._zod.values;
      return values === undefined || def.checks?.length ? null : (value) => values.has(value as never);
    }
    case 'nullable': {
      const inner = of(def.innerType);
      return (value) => value === null || inner(value);
    }
    case 'lazy': {
      // Built at the first use: the schema it returns may contain this one.
      let inner: Check | undefined;
      return (value) => (inner ??= of(def.getter()))(value);
    }
    case 'array': {
      if (def.checks?.length) return null;
      const element = of(def.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // By index, not every(): a hole is an undefined item to zod, not one to skip.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def, of);
    case 'record':
      return recordCheck(def, of);
    default:
      return null;
  }
}

/** Checks of a string or number kind: pattern, integer, lower bound; null for any other. */
function withChecks(checks: z.core.$ZodCheck<never>[] | undefined, type: Check): Check | null {
  const tests: Check[] = [type];
  for (const { _zod } of checks ?? []) {
    const def = _zod.def as z.core.$ZodChecks['_zod']['def'];
    if (def.check === 'string_format' && def.format === 'regex' && 'pattern' in def && def.pattern) {
      const pattern = def.pattern;
      tests.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      });
    } else if (def.check === 'number_format' && def.format === 'safeint') {
      tests.push((value) => Number.isSafeInteger(value));
    } else if (def.check === 'greater_than' && typeof def.value === 'number') {
      const { value: bound, inclusive } = def;
      tests.push(inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound);
    } else return null;
  }
  return (value) => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/** An object: every key of its shape checked; keys outside it are zod's to drop, so they pass. */
function objectCheck(def: z.core.$ZodObjectDef, of: (s: z.core.$ZodType) => Check): Check | null {
  if (def.catchall !== undefined || def.checks?.length) return null;
  const fields: Array<[string, Check]> = [];
  for (const [key, field] of Object.entries(def.shape)) {
    // An optional key may be missing: left to zod, as is a key zod would skip.
    if (field._zod.optin !== undefined || field._zod.optout !== undefined || key === '__proto__') return null;
    fields.push([key, of(field)]);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    for (const [key, check] of fields) if (!check((value as Record<string, unknown>)[key])) return false;
    return true;
  };
}

/** A record of string keys: a plain object, every own key's value checked. */
function recordCheck(def: z.core.$ZodRecordDef, of: (s: z.core.$ZodType) => Check): Check | null {
  const key = def.keyType._zod.def;
  if (def.mode === 'loose' || def.partial || def.checks?.length || key.type !== 'string' || key.checks?.length || 'check' in key || ('coerce' in key && key.coerce)) return null;
  const entry = of(def.valueType);
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(value).length > 0) return false;
    for (const k in value) if (k === '__proto__' || !entry((value as Record<string, unknown>)[k])) return false;
    return true;
  };
}
