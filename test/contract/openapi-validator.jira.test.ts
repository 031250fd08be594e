import { describeWithOpenApi } from '../support/openapi';
import { request, adf, messages, example, createIssueBody, validator, useValidator } from './openapi-validator.fixture';

describeWithOpenApi('OpenAPI validator', () => {
  useValidator();

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
});
