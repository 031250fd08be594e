import type { ProductAnswer } from '../platform/product';

/**
 * Confluence REST v2's error body. The OpenAPI document declares none; what the product sends (and
 * what sandbox/openapi/errorShapes.ts requires) is `{ errors: [{ status, code, title, detail }] }`,
 * e.g. `{ status: 409, code: 'CONFLICT', title: 'Version must be incremented when updating a page.
 * Current Version: [5]. Provided version: [5]', detail: null }`.
 */
const codes: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  501: 'NOT_IMPLEMENTED',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = codes[status] ?? 'ERROR',
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
/** A malformed query parameter (limit, cursor, sort, an enum or boolean). */
export const badParameter = (message: string) => new ApiError(400, message, 'INVALID_REQUEST_PARAMETER');
export const notFound = (message: string) => new ApiError(404, message);
export const conflict = (message: string) => new ApiError(409, message);

export function errorAnswer(error: ApiError): ProductAnswer {
  return {
    status: error.status,
    body: { errors: [{ status: error.status, code: error.code, title: error.message, detail: null }] },
  };
}
