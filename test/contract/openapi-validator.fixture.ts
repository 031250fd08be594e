// The OpenAPI validator tests' shared setup: requests, ADF and documented examples, and one validator per test file.
import type { ProductRequest } from '../../sandbox/platform/product';
import { createOpenApiValidator, type OpenApiValidator, type Violation } from '../../sandbox/openapi';
import { loadOpenApi } from '../support/openapi';

export const request = (method: string, requestPath: string, body?: unknown): ProductRequest => ({
  product: requestPath.startsWith('/wiki/') ? 'confluence' : 'jira',
  provider: 'app',
  accountId: undefined,
  method,
  path: requestPath,
  body,
});

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export const messages = (violations: Violation[]) => violations.map((v) => v.message);

/** A documented example, parsed: Jira's response examples are JSON strings, its request examples objects. */
export function example(product: 'jira' | 'confluence', template: string, method: string, status?: string): any {
  const operation = loadOpenApi(product).paths[template]![method]!;
  const media = status ? operation.responses![status]!.content! : (operation.requestBody as any).content;
  const value = media['application/json'].example;
  return typeof value === 'string' ? JSON.parse(value) : structuredClone(value);
}

export const createIssueBody = {
  fields: {
    project: { key: 'NC' },
    issuetype: { name: 'Task' },
    summary: 'A.5.15 access control: reviews overdue',
    description: adf('Access reviews for the finance system were not performed in Q3.'),
    duedate: '2026-03-31',
  },
  properties: [{ key: 'iso-audit', value: { auditId: 'A-1', findingId: 'F-1' } }],
};

export let validator: OpenApiValidator;

// Each openapi-validator.*.test.ts calls this inside its describeWithOpenApi, so it runs only where the documents are present.
export function useValidator(): void {
  beforeAll(() => {
    validator = createOpenApiValidator()!;
    expect(validator).not.toBeNull();
  });
}
