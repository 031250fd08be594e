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
    /** Confluence's `paths` are relative to its server URL, `https://{your-domain}/wiki/api/v2`. */
    prefix: '/wiki/api/v2',
  },
} as const;
export type Product = keyof typeof openApiDocs;

export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}
export interface OpenApiMediaType {
  schema?: unknown;
  example?: unknown;
}
export interface OpenApiRequestBody {
  $ref?: string;
  required?: boolean;
  content?: Record<string, OpenApiMediaType>;
}
export interface OpenApiResponse {
  $ref?: string;
  description?: string;
  content?: Record<string, OpenApiMediaType>;
}
export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  'x-atlassian-oauth2-scopes'?: Array<{ scheme: string; scopes: string[]; state: string }>;
  security?: Array<Record<string, string[]>>;
  requestBody?: OpenApiRequestBody;
  responses?: Record<string, OpenApiResponse>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: {
    schemas?: Record<string, unknown>;
    requestBodies?: Record<string, OpenApiRequestBody>;
  };
}

/** The directory holding both documents, or null where it is absent (a plain clone). */
export function openApiDir(dir?: string): string | null {
  const candidate =
    dir ?? process.env.ATLASSIAN_OPENAPI_DIR ?? path.resolve(__dirname, '../../../shared/atlassian-openapi');
  const present = Object.values(openApiDocs).every(({ file }) => fs.existsSync(path.join(candidate, file)));
  return present ? candidate : null;
}

const cache = new Map<string, OpenApiDocument>();

/** The parsed document, read once per file; throws if it is absent or its sha256 differs from PROVENANCE.md. */
export function loadOpenApiDocument(product: Product, dir?: string): OpenApiDocument {
  const found = openApiDir(dir);
  if (!found) throw new Error('Atlassian OpenAPI documents not found (../shared/atlassian-openapi)');
  const { file, sha256 } = openApiDocs[product];
  const full = path.resolve(found, file);
  const cached = cache.get(full);
  if (cached) return cached;
  const bytes = fs.readFileSync(full);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${file}: sha256 ${actual} differs from PROVENANCE.md (${sha256})`);
  const doc = JSON.parse(bytes.toString('utf8')) as OpenApiDocument;
  cache.set(full, doc);
  return doc;
}

/** Follows a local `#/components/...` reference (Confluence's `requestBodies`); other values pass through. */
export function resolveLocalRef<T extends { $ref?: string }>(doc: OpenApiDocument, value: T): T {
  if (!value.$ref?.startsWith('#/')) return value;
  let target: unknown = doc;
  for (const segment of value.$ref.slice(2).split('/')) {
    target = (target as Record<string, unknown> | undefined)?.[decodePointerSegment(segment)];
  }
  if (target === undefined) throw new Error(`unresolved reference ${value.$ref}`);
  return target as T;
}

export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
