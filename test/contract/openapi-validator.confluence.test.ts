import { describeWithOpenApi } from '../support/openapi';
import { request, adf, messages, validator, useValidator } from './openapi-validator.fixture';

describeWithOpenApi('OpenAPI validator', () => {
  useValidator();

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
});
