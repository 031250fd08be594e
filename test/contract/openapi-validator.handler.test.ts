import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProductAnswer, ProductRequest } from '../../sandbox/platform/product';
import { checkAdf, createOpenApiValidator, validatingHandler, type Violation } from '../../sandbox/openapi';
import { describeWithOpenApi } from '../support/openapi';
import { request, adf, validator, useValidator } from './openapi-validator.fixture';

describeWithOpenApi('OpenAPI validator', () => {
  useValidator();

  describe('validatingHandler', () => {
    it('collects violations of each exchange and passes the answer through unchanged', async () => {
      const answers: Record<string, ProductAnswer> = {
        '/rest/api/3/issue/bulk': { status: 201, body: { issues: [], errors: [], total: 0 } },
        '/rest/api/3/issue/NC-1': { status: 200, body: { id: '10001', key: 'NC-1', fields: {} } },
      };
      const emulator = jest.fn(
        async (r: ProductRequest) => answers[r.path.split('?')[0]!] ?? { status: 404, body: {} },
      );
      const seen: Violation[] = [];
      const handler = validatingHandler(emulator, validator, (v) => seen.push(v));

      const good = await handler(request('GET', '/rest/api/3/issue/NC-1'));
      expect(good).toBe(answers['/rest/api/3/issue/NC-1']);
      expect(handler.violations).toEqual([]);

      const bulk = await handler(request('POST', '/rest/api/3/issue/bulk', { issueUpdates: {} }));
      expect(bulk).toBe(answers['/rest/api/3/issue/bulk']);
      await handler(request('GET', '/rest/api/3/nowhere'));

      expect(handler.violations).toEqual([
        {
          product: 'jira',
          operation: 'createIssues',
          where: 'request',
          message: 'body/issueUpdates must be array',
          path: '/rest/api/3/issue/bulk',
        },
        {
          product: 'jira',
          operation: 'createIssues',
          where: 'response',
          status: 201,
          message: "body must NOT have additional property 'total'",
          path: '/rest/api/3/issue/bulk',
        },
        expect.objectContaining({ operation: 'GET /rest/api/3/nowhere', where: 'request' }),
      ]);
      expect(seen).toEqual(handler.violations);
      expect(emulator).toHaveBeenCalledTimes(3);
    });
  });

  describe('loading', () => {
    it('returns null with one log line where the documents are absent', () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        expect(createOpenApiValidator({ dir: path.join(os.tmpdir(), 'no-openapi-here') })).toBeNull();
        expect(log).toHaveBeenCalledTimes(1);
      } finally {
        log.mockRestore();
      }
    });

    it('refuses documents whose sha256 differs from PROVENANCE.md', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-'));
      try {
        fs.writeFileSync(path.join(dir, 'jira-platform.swagger-v3.v3.json'), '{"paths":{}}');
        fs.writeFileSync(path.join(dir, 'confluence.openapi-v2.v3.json'), '{"paths":{}}');
        expect(() => createOpenApiValidator({ dir })).toThrow(/sha256 .* differs from PROVENANCE\.md/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    // How fast a warm exchange validates is a bench figure (npm run bench -- platform, case validate),
    // never a timed test: here, only that validating again gives the same verdict.
    it('gives the same verdict when the same exchange is validated again', () => {
      const search = request('GET', '/rest/api/3/search/jql?jql=project%20%3D%20NC&fields=summary');
      const answer = {
        status: 200,
        body: { issues: [{ id: '1', key: 'NC-1', fields: { description: adf('x') } }], isLast: true },
      };
      const first = [validator.validateRequest(search), validator.validateResponse(search, answer)];
      for (let i = 0; i < 50; i++) {
        expect([validator.validateRequest(search), validator.validateResponse(search, answer)]).toEqual(first);
      }
    });
  });
});

describeWithOpenApi('checkAdf', () => {
  it('accepts a rich document and explains broken ones node by node', () => {
    const rich = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Finding', marks: [{ type: 'strong' }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [adf('item').content[0]] }] },
      ],
    };
    expect(checkAdf(rich)).toEqual([]);
    expect(checkAdf({ type: 'doc', version: 1, content: [{ type: 'bogus' }] })).toEqual([
      "/content/0 unknown node or mark type 'bogus'",
    ]);
    expect(checkAdf({ ...rich, content: [{ type: 'heading', content: [{ type: 'text', text: 'x' }] }] })).toEqual([
      "/content/0 must have required property 'attrs'",
    ]);
    expect(checkAdf({ ...rich, content: [{ type: 'bulletList', content: [adf('x').content[0]] }] })).toEqual([
      "/content/0/content/0 'paragraph' is not allowed in 'bulletList'",
    ]);
  });
});
