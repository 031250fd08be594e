import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProductAnswer, ProductRequest } from '../../sandbox/platform/product';
import {
  checkAdf,
  createOpenApiValidator,
  validatingHandler,
  type OpenApiValidator,
  type Violation,
} from '../../sandbox/openapi';
import { describeWithOpenApi, loadOpenApi } from '../support/openapi';

const request = (method: string, requestPath: string, body?: unknown): ProductRequest => ({
  product: requestPath.startsWith('/wiki/') ? 'confluence' : 'jira',
  provider: 'app',
  accountId: undefined,
  method,
  path: requestPath,
  body,
});

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const messages = (violations: Violation[]) => violations.map((v) => v.message);

/** A documented example, parsed: Jira's response examples are JSON strings, its request examples objects. */
function example(product: 'jira' | 'confluence', template: string, method: string, status?: string): any {
  const operation = loadOpenApi(product).paths[template]![method]!;
  const media = status ? operation.responses![status]!.content! : (operation.requestBody as any).content;
  const value = media['application/json'].example;
  return typeof value === 'string' ? JSON.parse(value) : structuredClone(value);
}

const createIssueBody = {
  fields: {
    project: { key: 'NC' },
    issuetype: { name: 'Task' },
    summary: 'A.5.15 access control: reviews overdue',
    description: adf('Access reviews for the finance system were not performed in Q3.'),
    duedate: '2026-03-31',
  },
  properties: [{ key: 'iso-audit', value: { auditId: 'A-1', findingId: 'F-1' } }],
};

describeWithOpenApi('OpenAPI validator', () => {
  let validator: OpenApiValidator;
  beforeAll(() => {
    validator = createOpenApiValidator()!;
    expect(validator).not.toBeNull();
  });

  describe('findOperation', () => {
    it('prefers literal segments: /issue/bulk is createIssues, /issue/NC-1 is getIssue', () => {
      expect(validator.findOperation('jira', 'POST', '/rest/api/3/issue/bulk')).toEqual({
        operationId: 'createIssues',
        template: '/rest/api/3/issue/bulk',
      });
      expect(validator.findOperation('jira', 'GET', '/rest/api/3/issue/NC-1?fields=summary')).toEqual({
        operationId: 'getIssue',
        template: '/rest/api/3/issue/{issueIdOrKey}',
      });
      expect(validator.findOperation('jira', 'GET', '/rest/api/3/project/search')?.operationId).toBe('searchProjects');
      expect(validator.findOperation('jira', 'GET', '/rest/api/3/project/NC')?.operationId).toBe('getProject');
    });

    it('matches by method where Jira documents one path shape twice', () => {
      expect(validator.findOperation('jira', 'PUT', '/rest/api/3/field/customfield_10000')?.template).toBe(
        '/rest/api/3/field/{fieldId}',
      );
      expect(validator.findOperation('jira', 'DELETE', '/rest/api/3/field/customfield_10000')?.template).toBe(
        '/rest/api/3/field/{id}',
      );
    });

    it('reads Confluence paths relative to /wiki/api/v2', () => {
      expect(validator.findOperation('confluence', 'GET', '/wiki/api/v2/pages/12')).toEqual({
        operationId: 'getPageById',
        template: '/pages/{id}',
      });
      expect(validator.findOperation('confluence', 'POST', '/wiki/api/v2/pages')?.operationId).toBe('createPage');
      expect(validator.findOperation('confluence', 'GET', '/pages/12')).toBeNull();
    });

    it('is null for an undocumented path or method, and validateRequest reports it', () => {
      expect(validator.findOperation('jira', 'GET', '/rest/api/3/no-such-thing')).toBeNull();
      expect(validator.findOperation('jira', 'PATCH', '/rest/api/3/issue/NC-1')).toBeNull();
      expect(validator.findOperation('jira', 'GET', '/rest/api/2/issue/NC-1')).toBeNull();
      const violations = validator.validateRequest(request('GET', '/rest/api/3/no-such-thing?x=1'));
      expect(violations).toEqual([
        expect.objectContaining({ product: 'jira', operation: 'GET /rest/api/3/no-such-thing', where: 'request' }),
      ]);
      expect(
        validator.validateResponse(request('GET', '/rest/api/3/no-such-thing'), { status: 200, body: {} }),
      ).toEqual([]);
    });
  });

  describe('Jira requests', () => {
    it('accepts a valid createIssue body, and the document’s own example', () => {
      expect(validator.validateRequest(request('POST', '/rest/api/3/issue', createIssueBody))).toEqual([]);
      const documented = example('jira', '/rest/api/3/issue', 'post');
      expect(validator.validateRequest(request('POST', '/rest/api/3/issue', documented))).toEqual([]);
    });

    it('rejects wrong types, naming the member', () => {
      const wrong = { ...createIssueBody, update: [], properties: { key: 'x' } };
      const found = messages(validator.validateRequest(request('POST', '/rest/api/3/issue', wrong)));
      expect(found).toEqual(expect.arrayContaining(['body/update must be object', 'body/properties must be array']));
      expect(
        messages(validator.validateRequest(request('POST', '/rest/api/3/issue', { fields: 'summary' }))),
      ).toContain('body/fields must be object');
    });

    it('rejects an unknown member where the schema is closed (search/jql has no startAt)', () => {
      const body = { jql: 'project = NC', startAt: 0, maxResults: 50 };
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/search/jql', body)))).toEqual([
        "body must NOT have additional property 'startAt'",
      ]);
    });

    it('lets createIssue carry unknown top-level members, as Jira documents (IssueUpdateDetails is open)', () => {
      const body = { ...createIssueBody, notAMember: true };
      expect(validator.validateRequest(request('POST', '/rest/api/3/issue', body))).toEqual([]);
    });

    it('requires the body createIssue documents as required, and refuses one where none is documented', () => {
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/issue')))).toEqual(['body is required']);
      expect(messages(validator.validateRequest(request('GET', '/rest/api/3/issue/NC-1', { x: 1 })))).toEqual([
        'body: the operation takes no request body',
      ]);
    });

    it('checks a bulk body against createIssues', () => {
      const body = { issueUpdates: [createIssueBody, createIssueBody] };
      const bulk = request('POST', '/rest/api/3/issue/bulk', body);
      expect(validator.validateRequest(bulk)).toEqual([]);
      expect(
        validator.validateRequest(
          request('POST', '/rest/api/3/issue/bulk', example('jira', '/rest/api/3/issue/bulk', 'post')),
        ),
      ).toEqual([]);
      const wrong = messages(
        validator.validateRequest(request('POST', '/rest/api/3/issue/bulk', { issueUpdates: {} })),
      );
      expect(wrong).toEqual(['body/issueUpdates must be array']);
    });

    it('rejects a malformed ADF description, naming the node', () => {
      const body = structuredClone(createIssueBody) as any;
      body.fields.description.content[0].content[0] = { type: 'text' };
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/issue', body)))).toEqual([
        "body/fields/description/content/0/content/0 must have required property 'text'",
      ]);
      body.fields.description = { type: 'doc', version: 1, content: [{ type: 'text', text: 'loose text' }] };
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/issue', body)))).toEqual([
        "body/fields/description/content/0 'text' is not allowed in 'doc'",
      ]);
    });

    it('rejects a plain-string description or comment body: REST v3 rich text is ADF', () => {
      const body = { fields: { ...createIssueBody.fields, description: 'plain text' } };
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/issue', body)))).toEqual([
        'body/fields/description must be an ADF document (Jira REST v3 rich text), not a string',
      ]);
      const bulk = { issueUpdates: [createIssueBody, body] };
      expect(messages(validator.validateRequest(request('POST', '/rest/api/3/issue/bulk', bulk)))).toEqual([
        'body/issueUpdates/1/fields/description must be an ADF document (Jira REST v3 rich text), not a string',
      ]);
      const comment = request('POST', '/rest/api/3/issue/NC-1/comment', { body: 'looks good' });
      expect(messages(validator.validateRequest(comment))).toEqual([
        'body/body must be an ADF document (Jira REST v3 rich text), not a string',
      ]);
      expect(
        validator.validateRequest(request('POST', '/rest/api/3/issue/NC-1/comment', { body: adf('looks good') })),
      ).toEqual([]);
    });

    it('types query parameters as the document does', () => {
      const ok = request('GET', '/rest/api/3/search/jql?jql=project%20%3D%20NC&maxResults=50&fields=summary,status');
      expect(validator.validateRequest(ok)).toEqual([]);
      const bad = request('GET', '/rest/api/3/search/jql?jql=project%20%3D%20NC&maxResults=fifty&failFast=maybe');
      expect(messages(validator.validateRequest(bad))).toEqual([
        "query parameter 'maxResults' must be integer",
        "query parameter 'failFast' must be boolean",
      ]);
    });
  });

  describe('Jira answers', () => {
    const search = request('GET', '/rest/api/3/search/jql?jql=project%20%3D%20NC');
    /** The document's example, with its v2-style string description replaced by the ADF v3 returns. */
    const searchAnswer = () => {
      const body = example('jira', '/rest/api/3/search/jql', 'get', '200');
      body.issues[0].fields.description = adf('Main order flow broken');
      return body;
    };

    it('accepts a valid search/jql answer', () => {
      expect(validator.validateResponse(search, { status: 200, body: searchAnswer() })).toEqual([]);
      const page = {
        issues: [{ id: '10001', key: 'NC-1', fields: { summary: 'x' } }],
        nextPageToken: 'abc',
        isLast: false,
      };
      expect(validator.validateResponse(search, { status: 200, body: page })).toEqual([]);
    });

    it('rejects total and nextPageToken: null (additionalProperties: false, token is a string or absent)', () => {
      const withTotal = { ...searchAnswer(), total: 1 };
      expect(messages(validator.validateResponse(search, { status: 200, body: withTotal }))).toEqual([
        "body must NOT have additional property 'total'",
      ]);
      const withNullToken = { ...searchAnswer(), nextPageToken: null };
      expect(messages(validator.validateResponse(search, { status: 200, body: withNullToken }))).toEqual([
        'body/nextPageToken must be string',
      ]);
      const extraOnIssue = searchAnswer();
      extraOnIssue.issues[0].summary = 'belongs in fields';
      expect(messages(validator.validateResponse(search, { status: 200, body: extraOnIssue }))).toEqual([
        "body/issues/0 must NOT have additional property 'summary'",
      ]);
    });

    it('checks ADF inside answers too', () => {
      const body = searchAnswer();
      body.issues[0].fields.description = { type: 'doc', version: 2, content: [] };
      expect(messages(validator.validateResponse(search, { status: 200, body }))).toEqual([
        'body/issues/0/fields/description/version must be one of 1',
      ]);
    });

    it('accepts createIssue and bulk answers shaped as documented, and nothing more', () => {
      const create = request('POST', '/rest/api/3/issue', createIssueBody);
      const created = { id: '10001', key: 'NC-1', self: 'https://example.atlassian.net/rest/api/3/issue/10001' };
      expect(validator.validateResponse(create, { status: 201, body: created })).toEqual([]);
      expect(messages(validator.validateResponse(create, { status: 201, body: { ...created, fields: {} } }))).toEqual([
        "body must NOT have additional property 'fields'",
      ]);

      const bulk = request('POST', '/rest/api/3/issue/bulk', { issueUpdates: [createIssueBody] });
      const documented = example('jira', '/rest/api/3/issue/bulk', 'post', '201');
      expect(validator.validateResponse(bulk, { status: 201, body: documented })).toEqual([]);
      const allFailed = example('jira', '/rest/api/3/issue/bulk', 'post', '400');
      expect(validator.validateResponse(bulk, { status: 400, body: allFailed })).toEqual([]);
      const perItemError = {
        issues: [],
        errors: [
          { failedElementNumber: 0, status: 400, elementErrors: { errors: { summary: 'x' }, errorMessages: [] } },
        ],
      };
      expect(validator.validateResponse(bulk, { status: 201, body: perItemError })).toEqual([]);
      const wrongError = { issues: [], errors: [{ index: 0, message: 'x' }] };
      expect(messages(validator.validateResponse(bulk, { status: 201, body: wrongError }))).toEqual([
        "body/errors/0 must NOT have additional property 'index'",
        "body/errors/0 must NOT have additional property 'message'",
      ]);
    });

    it('refuses an undocumented success status, and requires the ErrorCollection shape on errors', () => {
      const create = request('POST', '/rest/api/3/issue', createIssueBody);
      expect(messages(validator.validateResponse(create, { status: 200, body: { id: '1' } }))).toEqual([
        'status 200 is not documented (documented: 201, 400, 401, 403, 422)',
      ]);
      const errorCollection = { errorMessages: ['Issue does not exist'], errors: {} };
      const getIssue = request('GET', '/rest/api/3/issue/NC-404');
      expect(validator.validateResponse(getIssue, { status: 404, body: errorCollection })).toEqual([]);
      expect(validator.validateResponse(create, { status: 429, body: errorCollection })).toEqual([]);
      expect(validator.validateResponse(create, { status: 503, body: { errorMessages: [] } })).toEqual([]);
      expect(messages(validator.validateResponse(getIssue, { status: 404, body: { message: 'not found' } }))).toEqual([
        "body (jira error shape) must NOT have additional property 'message'",
      ]);
      expect(messages(validator.validateResponse(create, { status: 429, body: undefined }))).toEqual([
        'body (jira error shape) must be object',
      ]);
      expect(messages(validator.validateResponse(create, { status: 418, body: errorCollection }))).toEqual([
        'status 418 is not documented (documented: 201, 400, 401, 403, 422)',
      ]);
    });

    it('accepts an empty 204 and refuses a body on it', () => {
      const transition = request('POST', '/rest/api/3/issue/NC-1/transitions', { transition: { id: '31' } });
      expect(validator.validateRequest(transition)).toEqual([]);
      expect(validator.validateResponse(transition, { status: 204, body: undefined })).toEqual([]);
      const remove = request('DELETE', '/rest/api/3/issue/NC-1');
      expect(messages(validator.validateResponse(remove, { status: 204, body: { ok: true } }))).toEqual([
        'body must be empty for 204 No Content',
      ]);
    });

    it("compiles Jira's `Fields` ($ref with sibling keys) and enforces the referenced schema", () => {
      const link = request('GET', '/rest/api/3/issueLink/10001');
      const body = example('jira', '/rest/api/3/issueLink/{linkId}', 'get', '200');
      expect(validator.validateResponse(link, { status: 200, body })).toEqual([]);
      body.outwardIssue.fields.issuetype = { id: 3 };
      expect(messages(validator.validateResponse(link, { status: 200, body }))).toEqual([
        'body/outwardIssue/fields/issuetype/id must be string',
      ]);
    });

    it('validates the documents’ examples for the operations the app uses', () => {
      const cases: Array<[string, string, string, string]> = [
        ['/rest/api/3/issue/{issueIdOrKey}', 'get', '200', '/rest/api/3/issue/NC-1'],
        ['/rest/api/3/issue/{issueIdOrKey}/transitions', 'get', '200', '/rest/api/3/issue/NC-1/transitions'],
        [
          '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
          'get',
          '200',
          '/rest/api/3/issue/NC-1/properties/p',
        ],
        ['/rest/api/3/issue/{issueIdOrKey}/comment', 'post', '201', '/rest/api/3/issue/NC-1/comment'],
        ['/rest/api/3/mypermissions', 'get', '200', '/rest/api/3/mypermissions?permissions=ADMINISTER'],
        ['/rest/api/3/user', 'get', '200', '/rest/api/3/user?accountId=5b10a2844c20165700ede21g'],
      ];
      for (const [template, method, status, concrete] of cases) {
        const body = example('jira', template, method, status);
        const found = validator.validateResponse(request(method.toUpperCase(), concrete), {
          status: Number(status),
          body,
        });
        expect({ template, violations: messages(found) }).toEqual({ template, violations: [] });
      }
    });
  });

  describe('Confluence', () => {
    const page = {
      spaceId: '65538',
      status: 'current',
      title: 'Audit report A-2026-01',
      parentId: '98305',
      body: { representation: 'storage', value: '<p>Scope: A.5–A.8</p>' },
    };
    const created = {
      id: '131073',
      status: 'current',
      title: 'Audit report A-2026-01',
      spaceId: '65538',
      parentId: '98305',
      parentType: 'page',
      authorId: '5b10a2844c20165700ede21g',
      createdAt: '2026-01-15T10:00:00.000Z',
      version: { number: 1, createdAt: '2026-01-15T10:00:00.000Z', authorId: '5b10a2844c20165700ede21g' },
      body: { storage: { representation: 'storage', value: '<p>Scope: A.5–A.8</p>' } },
      _links: { webui: '/spaces/ISMS/pages/131073', base: 'https://example.atlassian.net/wiki' },
    };
    const createPage = request('POST', '/wiki/api/v2/pages', page);

    it('accepts a valid createPage body (oneOf read as anyOf), flat or nested', () => {
      expect(validator.validateRequest(createPage)).toEqual([]);
      const nested = { ...page, body: { storage: { representation: 'storage', value: '<p>x</p>' } } };
      expect(validator.validateRequest(request('POST', '/wiki/api/v2/pages?root-level=false', nested))).toEqual([]);
    });

    it('rejects a createPage body without spaceId, and a wrong enum', () => {
      const { spaceId: _omitted, ...withoutSpace } = page;
      expect(messages(validator.validateRequest(request('POST', '/wiki/api/v2/pages', withoutSpace)))).toEqual([
        "body must have required property 'spaceId'",
      ]);
      const draftish = { ...page, status: 'published' };
      expect(messages(validator.validateRequest(request('POST', '/wiki/api/v2/pages', draftish)))).toEqual([
        'body/status must be one of "current", "draft"',
      ]);
    });

    it('checks path parameters and ADF page bodies', () => {
      expect(messages(validator.validateRequest(request('GET', '/wiki/api/v2/pages/abc')))).toEqual([
        "path parameter 'id' must be integer",
      ]);
      expect(validator.validateRequest(request('GET', '/wiki/api/v2/pages/131073?body-format=storage'))).toEqual([]);
      const badAdf = { ...page, body: { representation: 'atlas_doc_format', value: JSON.stringify({ type: 'doc' }) } };
      expect(messages(validator.validateRequest(request('POST', '/wiki/api/v2/pages', badAdf)))).toEqual([
        "body/body/value(parsed) must have required property 'version'",
        "body/body/value(parsed) must have required property 'content'",
      ]);
      const goodAdf = { ...page, body: { representation: 'atlas_doc_format', value: JSON.stringify(adf('Scope')) } };
      expect(validator.validateRequest(request('POST', '/wiki/api/v2/pages', goodAdf))).toEqual([]);
    });

    it('accepts a createPage answer as documented: status 200, parentId a string or absent', () => {
      expect(validator.validateResponse(createPage, { status: 200, body: created })).toEqual([]);
      expect(messages(validator.validateResponse(createPage, { status: 201, body: created }))).toEqual([
        'status 201 is not documented (documented: 200, 400, 401, 404, 413)',
      ]);
      const orphan = { ...created, parentId: null, parentType: null };
      expect(messages(validator.validateResponse(createPage, { status: 200, body: orphan }))).toEqual([
        'body/parentId must be string',
        'body/parentType must be string',
        'body/parentType must be one of "page", "whiteboard", "database", "embed", "folder"',
      ]);
    });

    it('requires Confluence’s { errors: [...] } shape on error answers', () => {
      const error = { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Space not found', detail: null }] };
      expect(validator.validateResponse(createPage, { status: 404, body: error })).toEqual([]);
      expect(validator.validateResponse(createPage, { status: 409, body: error })).toEqual([]);
      expect(messages(validator.validateResponse(createPage, { status: 400, body: { message: 'bad' } }))).toEqual([
        "body (confluence error shape) must have required property 'errors'",
      ]);
    });
  });

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
