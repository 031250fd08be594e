import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under its wrappers (optional, nullable, default, a transform's input side). */
export function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrapped(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrapped(def.in);
  return schema;
}

/** The kind of value a schema takes ("object", "string", "array", …) once unwrapped. */
export const kindOf = (schema: z.ZodType): string => defOf(unwrapped(schema)).type;

/** An object schema's fields, or none for any other kind. */
export function fieldsOf(schema: z.ZodType): Array<[string, z.ZodType]> {
  const def = defOf(unwrapped(schema));
  return def.type === 'object' && def.shape ? Object.entries(def.shape) : [];
}

/** An array schema's element, or null. */
export function elementOf(schema: z.ZodType): z.ZodType | null {
  const def = defOf(unwrapped(schema));
  return def.type === 'array' && def.element ? def.element : null;
}

/** Every object key under a schema, as the path to it, at any depth (arrays and unions included). */
export function fieldPaths(schema: z.ZodType, under: string[] = [], depth = 0): string[][] {
  if (depth > 6) return [];
  const def = defOf(unwrapped(schema));
  if (def.type === 'array' && def.element) return fieldPaths(def.element, [...under, '0'], depth + 1);
  if (def.options) return def.options.flatMap((option) => fieldPaths(option, under, depth + 1));
  return fieldsOf(schema).flatMap(([key, inner]) => [
    [...under, key],
    ...fieldPaths(inner, [...under, key], depth + 1),
  ]);
}
