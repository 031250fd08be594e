/**
 * Contract checks for the emulated products: every request and answer against the operation's
 * schema in Atlassian's OpenAPI documents (see README.md in this folder).
 */
export type { OpenApiValidator, Violation } from './types';
export { createOpenApiValidator } from './validator';
export { validatingHandler } from './handler';
export { checkAdf } from './adf';
export { findDocumentedOperation, type MatchedOperation } from './pathMatcher';
export {
  loadOpenApiDocument,
  openApiDir,
  openApiDocs,
  type OpenApiDocument,
  type OpenApiOperation,
  type Product,
} from './documents';
