import { resolveLocalRef, type OpenApiDocument, type OpenApiParameter } from './documents';
import type { MatchedOperation } from './pathMatcher';

interface ParameterSchema {
  $ref?: string;
  type?: string;
  items?: ParameterSchema;
}

/**
 * A path or query parameter's value as its schema types it: URLs carry strings, so `maxResults=50`
 * becomes 50 and `failFast=true` becomes true where the schema says integer or boolean; an array
 * parameter collects repeated keys and comma-separated lists (`fields=summary,status`). A value
 * that does not convert stays a string, and the schema then rejects it. `undefined` when absent.
 */
export function parameterValue(doc: OpenApiDocument, parameter: OpenApiParameter, match: MatchedOperation): unknown {
  const raw =
    parameter.in === 'path'
      ? [match.pathParams[parameter.name]].filter((v): v is string => v !== undefined)
      : match.query.getAll(parameter.name);
  if (raw.length === 0) return undefined;
  const schema = resolved(doc, parameter.schema as ParameterSchema | undefined);
  if (schema?.type === 'array') {
    const items = resolved(doc, schema.items);
    return raw.flatMap((v) => v.split(',')).map((v) => coerce(v, items?.type));
  }
  const values = raw.map((v) => coerce(v, schema?.type));
  return values.length === 1 ? values[0] : values;
}

function resolved(doc: OpenApiDocument, schema: ParameterSchema | undefined): ParameterSchema | undefined {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 5; depth++) current = resolveLocalRef(doc, current);
  return current;
}

function coerce(value: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
