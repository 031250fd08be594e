import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Atlassian's official OpenAPI documents, read from ../shared/atlassian-openapi (or
 * ATLASSIAN_OPENAPI_DIR) and checked against the sha256 in its PROVENANCE.md. They are test data,
 * never copied into the project.
 */
export const openApiDocs = {
  jira: {
    file: 'jira-platform.swagger-v3.v3.json',
    sha256: '5021849ab54916b9005a44bb9931c061bd8f3c907d2bfdb00104b4bb4eb78093',
    prefix: '',
  },
  confluence: {
    file: 'confluence.openapi-v2.v3.json',
    sha256: '6c7f6102e3e6cb031d9991f6bcafa189a1da5b5c4a4fed531186888aa7f365ef',
    prefix: '/wiki/api/v2',
  },
} as const;
export type Product = keyof typeof openApiDocs;

export function openApiDir(): string | null {
  const dir = process.env.ATLASSIAN_OPENAPI_DIR ?? path.resolve(__dirname, '../../../shared/atlassian-openapi');
  return fs.existsSync(path.join(dir, openApiDocs.jira.file)) ? dir : null;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  'x-atlassian-oauth2-scopes'?: Array<{ scheme: string; scopes: string[]; state: string }>;
  security?: Array<Record<string, string[]>>;
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown> };
}

const cache = new Map<Product, OpenApiDocument>();

export function loadOpenApi(product: Product): OpenApiDocument {
  const cached = cache.get(product);
  if (cached) return cached;
  const dir = openApiDir();
  if (!dir) throw new Error('Atlassian OpenAPI documents not found (../shared/atlassian-openapi)');
  const { file, sha256 } = openApiDocs[product];
  const bytes = fs.readFileSync(path.join(dir, file));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${file}: sha256 ${actual} differs from PROVENANCE.md (${sha256})`);
  const doc = JSON.parse(bytes.toString('utf8')) as OpenApiDocument;
  cache.set(product, doc);
  return doc;
}

/** The documented operation for a concrete request path (`/rest/api/3/user?accountId=…`). */
export function findOperation(
  product: Product,
  method: string,
  requestPath: string,
): { template: string; operation: OpenApiOperation } | null {
  const doc = loadOpenApi(product);
  const pathname = requestPath.split('?')[0]!.slice(openApiDocs[product].prefix.length);
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(
      `^${template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{[^}]+\\?\}/g, '[^/]+')
        .replace(/\{[^}]+\}/g, '[^/]+')}$`,
    );
    if (!pattern.test(pathname)) continue;
    const operation = operations[method.toLowerCase()];
    if (operation) return { template, operation };
  }
  return null;
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
