import type { Product } from './documents';
import { pointer } from './schemaRegistry';

/**
 * Error statuses any endpoint may answer with even where the document does not list them: bad
 * request, unauthenticated, forbidden, not found, conflict, rate limited, server error, unavailable.
 */
export const genericErrorStatuses = new Set([400, 401, 403, 404, 409, 429, 500, 503]);

/**
 * What an error answer without a documented schema must look like.
 * - Jira: the document's own `ErrorCollection` (`{ errorMessages?: string[], errors?: {[field]: string},
 *   status?: int }`, no other members).
 * - Confluence: v2 documents no error body at all (its error responses have `content: {}`); what the
 *   product sends is `{ errors: [{ status, code, title, detail }] }`, so that is required.
 */
export type ErrorShape = { pointer: string } | { key: string; schema: object };

export const errorShapes: Record<Product, ErrorShape> = {
  jira: { pointer: pointer('components', 'schemas', 'ErrorCollection') },
  confluence: {
    key: 'confluence-error-shape',
    schema: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['status', 'code', 'title'],
            properties: {
              status: { type: 'integer' },
              code: { type: 'string' },
              title: { type: 'string' },
              detail: { type: ['string', 'null'] },
            },
          },
        },
      },
    },
  },
};
