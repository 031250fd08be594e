import fc from 'fast-check';
import { z } from 'zod';
import { edgeDates, edgeMonths, hostileStrings } from './hostile';

/**
 * fast-check generators derived from a zod schema, through zod's own JSON Schema export: the
 * contract is the one source, so a resolver added tomorrow is fuzzed without anyone writing a
 * generator for it. Values aim to be valid for the schema (so they reach the use case) while
 * carrying boundary content: ids of real, cancelled and foreign records, hostile text, edge dates.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export interface GeneratorHints {
  /** Ids and keys of the seeded world (existing, cancelled, another programme's) to draw strings from. */
  knownIds: readonly string[];
}

// Arrays stay short: long ones multiply store work without finding more.
const ARRAY_CAP = 4;

function fitLength(value: string, min: number, max: number): string {
  const long = value.length > max ? value.slice(0, max) : value;
  return long.length < min ? long + 'x'.repeat(min - long.length) : long;
}

function stringArbitrary(schema: JsonSchema, hints: GeneratorHints): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 100_000, 100_000);
  if (schema.pattern) {
    const pattern = schema.pattern;
    const edges = /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(pattern)
      ? edgeDates
      : /\\d\{4\}-\\d\{2\}\)?\$/.test(pattern)
        ? edgeMonths
        : [];
    const matching = fc.stringMatching(new RegExp(pattern));
    return edges.length > 0 ? fc.oneof(fc.constantFrom(...edges), matching) : matching;
  }
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'date') return fc.constantFrom(...edgeDates);
  const raw = fc.oneof(
    { weight: 4, arbitrary: hints.knownIds.length > 0 ? fc.constantFrom(...hints.knownIds) : fc.string() },
    { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    // The boundary itself: exactly as long as allowed.
    { weight: 1, arbitrary: fc.constant('Ω'.repeat(Math.min(max, 20_000))) },
  );
  return raw.map((value) => fitLength(value, min, max));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lowest = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const highest = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const min = Math.max(lowest, Number.MIN_SAFE_INTEGER);
  const max = Math.min(highest, Number.MAX_SAFE_INTEGER);
  const small = fc.integer({ min: Math.max(min, -5), max: Math.max(Math.min(max, 10), Math.max(min, -5)) });
  const edges = fc.constantFrom(min, max, Math.min(Math.max(0, min), max), Math.min(Math.max(1, min), max));
  if (integer)
    return fc.oneof(small, edges, fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }));
  return fc.oneof(small, edges, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
}

/** A generator of values the JSON Schema accepts (as far as JSON Schema can say; refinements may still refuse). */
export function arbitraryFromSchema(root: JsonSchema, hints: GeneratorHints): fc.Arbitrary<unknown> {
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`fuzz: unresolved $ref ${schema.$ref}`);
    return target;
  };
  const build = (given: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const schema = resolve(given);
    if (depth > 12) return fc.constant(null);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return fc.oneof(...options.map((option) => build(option, depth + 1)));
    if (schema.allOf && schema.allOf.length > 0) return build(schema.allOf[0]!, depth + 1);
    if (Array.isArray(schema.type)) {
      return fc.oneof(...schema.type.map((type) => build({ ...schema, type }, depth + 1)));
    }
    switch (schema.type) {
      case 'string':
        return stringArbitrary(schema, hints);
      case 'integer':
        return numberArbitrary(schema, true);
      case 'number':
        return numberArbitrary(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((item) => build(item, depth + 1)));
        const item = schema.items ? build(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 2 });
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? ARRAY_CAP, ARRAY_CAP));
        return fc.array(item, { minLength, maxLength });
      }
      case 'object': {
        const properties = schema.properties ?? {};
        const required = schema.required ?? [];
        const known = fc.record(
          Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, build(value, depth + 1)])),
          { requiredKeys: required.filter((key) => key in properties) },
        );
        const extra = schema.additionalProperties;
        if (extra && typeof extra === 'object') {
          const values = build(extra, depth + 1);
          return fc
            .tuple(
              known,
              fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...hostileStrings)), values, {
                maxKeys: 3,
              }),
            )
            .map(([a, b]) => ({ ...b, ...a }));
        }
        return known;
      }
      default:
        // No type: zod's `unknown`/`any` (a macro's config, say): any JSON at all.
        return fc.jsonValue({ maxDepth: 3 });
    }
  };
  return build(root, 0);
}
