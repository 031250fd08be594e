import type { ProductAnswer, ProductRequest } from '../platform/product';

export interface Violation {
  product: 'jira' | 'confluence';
  /** The operationId, or `METHOD /path` when the request matches no documented operation. */
  operation: string;
  where: 'request' | 'response';
  /** The answer's status, for response violations. */
  status?: number;
  /** One readable problem, naming where it is: `body/fields/summary must be string`. */
  message: string;
  /** The request's path with query, as sent. */
  path?: string;
}

export interface OpenApiValidator {
  /** null when the request matches no documented operation (itself a violation the caller reports). */
  findOperation(
    product: 'jira' | 'confluence',
    method: string,
    path: string,
  ): { operationId: string; template: string } | null;
  /**
   * Path parameters, query parameters (required ones present, given ones well-typed), the JSON body
   * and any ADF inside it. A request that matches no documented operation is one violation.
   */
  validateRequest(request: ProductRequest): Violation[];
  /**
   * The body against the documented response for its status (or `default`). An undocumented
   * status is a violation unless it is a generic error status (errorShapes.ts), whose body must
   * then have the product's error shape; so must an error answer whose documented entry has no schema.
   */
  validateResponse(request: ProductRequest, answer: ProductAnswer): Violation[];
}
