import {
  findDocumentedOperation,
  loadOpenApiDocument,
  openApiDir as documentsDir,
  openApiDocs,
  type OpenApiDocument,
  type OpenApiOperation,
  type Product,
} from '../../sandbox/openapi';

/**
 * Atlassian's official OpenAPI documents, read from ../shared/atlassian-openapi (or
 * ATLASSIAN_OPENAPI_DIR) and checked against the sha256 in its PROVENANCE.md. They are test data,
 * never copied into the project. One implementation, in sandbox/openapi/documents.ts; this module
 * keeps the helpers the contract suites use.
 */
export { openApiDocs, type OpenApiDocument, type OpenApiOperation, type Product };

export function openApiDir(): string | null {
  return documentsDir();
}

export function loadOpenApi(product: Product): OpenApiDocument {
  return loadOpenApiDocument(product);
}

/** The documented operation for a concrete request path (`/rest/api/3/user?accountId=…`), most specific template first. */
export function findOperation(
  product: Product,
  method: string,
  requestPath: string,
): { template: string; operation: OpenApiOperation } | null {
  const match = findDocumentedOperation(product, method, requestPath);
  return match ? { template: match.template, operation: match.operation } : null;
}

/** The OAuth 2.0 (classic, "Current") scopes an operation needs: what a Forge manifest lists. */
export function currentScopes(operation: OpenApiOperation): string[] {
  const declared = operation['x-atlassian-oauth2-scopes'] ?? [];
  return declared.filter((entry) => entry.state === 'Current').flatMap((entry) => entry.scopes);
}

/** Runs a contract suite only where the documents are present, saying so once where they are not. */
export function describeWithOpenApi(name: string, body: () => void): void {
  if (openApiDir()) {
    describe(name, body);
  } else {
    console.log(`contract: ${name} skipped — ../shared/atlassian-openapi is absent (set ATLASSIAN_OPENAPI_DIR)`);
    describe.skip(name, body);
  }
}
