import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { encodePointerSegment, type OpenApiDocument, type Product } from './documents';
import { prepareForValidation } from './quirks';

/** OpenAPI keywords that are annotations to JSON Schema, plus the two document members Ajv sees at the root. */
const annotationKeywords = ['example', 'xml', 'discriminator', 'externalDocs', 'components', 'paths'];

/** A JSON pointer into the document: `pointer('paths', '/rest/api/3/issue', 'post')`. */
export function pointer(...segments: string[]): string {
  return '#/' + segments.map(encodePointerSegment).join('/');
}

/**
 * One Ajv 8 instance per document. The document's `components` and `paths` are registered once,
 * under the product's name (Confluence's `oneOf` read as `anyOf`, see quirks.ts), so every
 * `#/components/schemas/X` reference resolves as written; a schema is compiled the first time something is validated against it (by pointer,
 * e.g. one operation's response), then cached. Compiling all of Jira up front would take ~1 s.
 */
export class SchemaRegistry {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly product: Product,
    doc: OpenApiDocument,
  ) {
    this.ajv = new Ajv({
      allErrors: true,
      // Strict about unknown keywords and formats; Atlassian's schemas omit `type` next to `nullable`
      // properties and list `required` members they do not declare, which is legal JSON Schema.
      strict: true,
      strictTypes: false,
      strictRequired: false,
      strictTuples: false,
      // The documents are not JSON Schema meta-valid as a whole (`$ref` with sibling keys in Jira's
      // `Fields`): Ajv applies the siblings next to the `$ref` instead of rejecting the document.
      validateSchema: false,
      logger: false,
    });
    addFormats(this.ajv);
    // Confluence's PageUpdateRequest says `format: "string"` on its id members — not a format at all.
    // Accepting it as a no-op keeps strict mode (a real unknown format still throws).
    this.ajv.addFormat('string', true);
    this.ajv.addVocabulary(annotationKeywords);
    const prepared = prepareForValidation(product, doc);
    this.ajv.addSchema({ $id: product, components: prepared.components, paths: prepared.paths });
  }

  /** Ajv's errors for `data` against the schema at `at` (a pointer into the document); [] when valid. */
  validate(at: string, data: unknown): ErrorObject[] {
    let validate = this.compiled.get(at);
    if (!validate) {
      validate = this.ajv.compile({ $ref: this.product + at });
      this.compiled.set(at, validate);
    }
    return validate(data) ? [] : [...(validate.errors ?? [])];
  }

  /** Errors against a schema of our own (e.g. Confluence's undocumented error shape), compiled once per key. */
  validateWith(key: string, schema: object, data: unknown): ErrorObject[] {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate(data) ? [] : [...(validate.errors ?? [])];
  }
}

/** One readable line per Ajv error: `body/issues/0/fields must be object`, naming the offending member. */
export function formatErrors(label: string, errors: ErrorObject[], limit = 10): string[] {
  const lines = new Set<string>();
  for (const error of errors) {
    // "must match a schema in anyOf" says less than the branches' own errors listed next to it
    if ((error.keyword === 'anyOf' || error.keyword === 'oneOf') && errors.length > 1) continue;
    lines.add(`${label}${error.instancePath} ${describe(error)}`);
  }
  const all = [...lines];
  if (all.length <= limit) return all;
  return [...all.slice(0, limit), `… and ${all.length - limit} more errors in ${label}`];
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `must NOT have additional property '${String(params.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}
