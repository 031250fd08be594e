import type { ProductAnswer, ProductRequest } from '../product';

export type Product = ProductRequest['product'];

const jiraMessages: Record<number, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error.',
  503: 'Service unavailable.',
};

const confluenceErrors: Record<number, { code: string; title: string }> = {
  429: { code: 'TOO_MANY_REQUESTS', title: 'Rate limit exceeded' },
  500: { code: 'INTERNAL_SERVER_ERROR', title: 'Internal Server Error' },
  503: { code: 'SERVICE_UNAVAILABLE', title: 'Service Unavailable' },
};

/**
 * The error body each product sends (see sandbox/openapi/errorShapes.ts):
 * Jira's `ErrorCollection` `{errorMessages, errors}`, Confluence's `{errors: [{status, code, title, detail}]}`.
 */
export function productErrorBody(product: Product, status: number): unknown {
  if (product === 'jira') return { errorMessages: [jiraMessages[status] ?? `HTTP ${status}`], errors: {} };
  const known = confluenceErrors[status] ?? { code: `HTTP_${status}`, title: `HTTP ${status}` };
  return { errors: [{ status, code: known.code, title: known.title, detail: null }] };
}

export function productError(product: Product, status: number, headers?: Record<string, string>): ProductAnswer {
  return { status, body: productErrorBody(product, status), ...(headers ? { headers } : {}) };
}
