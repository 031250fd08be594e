import type { OpenApiDocument, Product } from './documents';

/**
 * Confluence's write bodies (`PageCreateRequest`, `PageUpdateRequest`, comment and blog post
 * models) declare `body: { oneOf: [XBodyWrite, XNestedBodyWrite] }`. Neither branch has required
 * members or `additionalProperties: false`, so every body matches both and `oneOf` rejects every
 * valid request. Read as `anyOf`, they say what Confluence means. Every `oneOf` in the Confluence
 * document is one of these, so all are rewritten; Jira's are left alone.
 */
export function prepareForValidation(product: Product, doc: OpenApiDocument): OpenApiDocument {
  return product === 'confluence' ? (oneOfToAnyOf(doc) as OpenApiDocument) : doc;
}

function oneOfToAnyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oneOfToAnyOf);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key === 'oneOf' ? 'anyOf' : key, oneOfToAnyOf(member)]),
  );
}
