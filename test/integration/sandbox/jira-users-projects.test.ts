import {
  aoife,
  createJiraHarness,
  expectNoViolations,
  GRADE,
  grace,
  mei,
  rahul,
  sofia,
  tomasz,
  type JiraHarness,
} from './jira-harness';

let h: JiraHarness;
beforeEach(() => {
  h = createJiraHarness();
});
afterEach(() => {
  expectNoViolations(h);
  h.close();
});

const body = (answer: { body: unknown }) => answer.body as any;

describe('users', () => {
  it('answers myself as the caller (the app for asApp), 401 for nobody', async () => {
    const me = body(await h.asUser(sofia, 'GET', '/rest/api/3/myself'));
    expect(me).toMatchObject({
      accountId: sofia,
      accountType: 'atlassian',
      displayName: 'Sofia Lindqvist',
      emailAddress: 'sofia.lindqvist@helix.example',
      active: true,
    });
    expect(body(await h.asApp('GET', '/rest/api/3/myself')).accountType).toBe('app');
    expect((await h.asUser('unknown-account', 'GET', '/rest/api/3/myself')).status).toBe(401);
  });

  it('looks users up one at a time, in bulk with paging, and by name or email prefix', async () => {
    expect(body(await h.asApp('GET', `/rest/api/3/user?accountId=${rahul}`)).displayName).toBe('Rahul Mehta');
    const missing = await h.asApp('GET', '/rest/api/3/user?accountId=nobody');
    expect(missing.status).toBe(404);

    const bulk = body(
      await h.asApp('GET', `/rest/api/3/user/bulk?accountId=${rahul}&accountId=${sofia}&accountId=nobody&maxResults=1`),
    );
    expect(bulk).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false });
    expect(bulk.values.map((u: any) => u.accountId)).toEqual([rahul]);
    expect(bulk.nextPage).toContain('startAt=1');

    const names = async (query: string) =>
      body(await h.asUser(rahul, 'GET', `/rest/api/3/user/search?query=${encodeURIComponent(query)}`)).map(
        (u: any) => u.displayName,
      );
    expect(await names('sof')).toEqual(['Sofia Lindqvist']);
    expect(await names('nowak')).toEqual(['Tomasz Nowak']);
    expect(await names('grace.ok')).toEqual(['Grace Okafor']);
    expect(await names('zzz')).toEqual([]);
    expect((await h.asUser(rahul, 'GET', '/rest/api/3/user/search')).status).toBe(400);
  });
});

describe('permissions', () => {
  const mine = async (as: string, query: string) =>
    body(await h.asUser(as, 'GET', `/rest/api/3/mypermissions?${query}`)).permissions;

  it('mypermissions: ADMINISTER for site admins, project permissions per project, issue and globally', async () => {
    await h.createIssue();
    expect((await mine(aoife, 'permissions=ADMINISTER')).ADMINISTER).toEqual({
      id: '0',
      key: 'ADMINISTER',
      name: 'Administer Jira',
      type: 'GLOBAL',
      description: expect.any(String),
      havePermission: true,
    });
    expect((await mine(rahul, 'permissions=ADMINISTER')).ADMINISTER.havePermission).toBe(false);

    const graceOnNc = await mine(grace, 'permissions=BROWSE_PROJECTS,EDIT_ISSUES,DELETE_ISSUES&projectKey=NC');
    expect([graceOnNc.BROWSE_PROJECTS.havePermission, graceOnNc.EDIT_ISSUES.havePermission]).toEqual([true, false]);
    const rahulOnIssue = await mine(rahul, 'permissions=EDIT_ISSUES,DELETE_ISSUES,ASSIGNABLE_USER&issueKey=NC-1');
    expect(
      [rahulOnIssue.EDIT_ISSUES, rahulOnIssue.DELETE_ISSUES, rahulOnIssue.ASSIGNABLE_USER].map(
        (p: any) => p.havePermission,
      ),
    ).toEqual([true, false, true]);
    // Globally: held in any project. Mei may browse no project at all.
    expect((await mine(mei, 'permissions=BROWSE_PROJECTS')).BROWSE_PROJECTS.havePermission).toBe(false);
    expect((await mine(tomasz, 'permissions=BROWSE_PROJECTS')).BROWSE_PROJECTS.havePermission).toBe(true);
  });

  it('mypermissions: 400 without or with an unknown key, 404 for a project or issue the caller cannot see', async () => {
    expect((await h.asUser(rahul, 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
    expect((await h.asUser(rahul, 'GET', '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
    expect(
      (await h.asUser(mei, 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=NC')).status,
    ).toBe(404);
    expect(
      (await h.asUser(rahul, 'GET', '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=NC-9')).status,
    ).toBe(404);
  });

  it('permissions/check: global and project permissions for the caller, or for another user when allowed', async () => {
    const { id } = await h.createIssue();
    const nc = body(await h.asApp('GET', '/rest/api/3/project/NC')).id;
    const check = (as: string | 'app', payload: unknown) =>
      as === 'app'
        ? h.asApp('POST', '/rest/api/3/permissions/check', payload)
        : h.asUser(as, 'POST', '/rest/api/3/permissions/check', payload);
    const request = {
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        { permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'], projects: [Number(nc)], issues: [Number(id)] },
      ],
    };
    expect(body(await check(grace, request))).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'EDIT_ISSUES', issues: [], projects: [] },
        { permission: 'BROWSE_PROJECTS', issues: [Number(id)], projects: [Number(nc)] },
      ],
    });
    expect(body(await check('app', { ...request, accountId: aoife })).globalPermissions).toEqual(['ADMINISTER']);
    expect((await check(rahul, { ...request, accountId: sofia })).status).toBe(403);
    expect((await check(aoife, { ...request, accountId: 'nobody' })).status).toBe(400);
    expect((await check(rahul, { globalPermissions: ['EDIT_ISSUES'] })).status).toBe(400);
  });
});

describe('projects, issue types and fields', () => {
  it('searches and reads projects the caller may browse', async () => {
    const all = body(await h.asUser(aoife, 'GET', '/rest/api/3/project/search?expand=issueTypes'));
    expect(all).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    expect(all.values.map((p: any) => [p.key, p.issueTypes.length])).toEqual([
      ['NC', 2],
      ['SEC', 1],
    ]);
    const tomasz_ = body(await h.asUser(tomasz, 'GET', '/rest/api/3/project/search?query=non'));
    expect(tomasz_.values.map((p: any) => p.key)).toEqual(['NC']);
    const paged = body(await h.asApp('GET', '/rest/api/3/project/search?maxResults=1'));
    expect([paged.values.length, paged.isLast, paged.total]).toEqual([1, false, 2]);

    const nc = body(await h.asUser(tomasz, 'GET', '/rest/api/3/project/NC'));
    expect(nc).toMatchObject({
      key: 'NC',
      name: 'Nonconformities',
      issueTypes: [{ name: 'Nonconformity' }, { name: 'Corrective action' }],
    });
    expect((await h.asUser(tomasz, 'GET', '/rest/api/3/project/SEC')).status).toBe(404);
    expect((await h.asUser(tomasz, 'GET', `/rest/api/3/project/${nc.id}`)).status).toBe(200);
  });

  it('lists issue types overall and per project', async () => {
    const nc = body(await h.asApp('GET', '/rest/api/3/project/NC')).id;
    expect(body(await h.asApp('GET', '/rest/api/3/issuetype')).map((t: any) => t.name)).toEqual([
      'Nonconformity',
      'Corrective action',
      'Incident',
    ]);
    expect(body(await h.asUser(tomasz, 'GET', '/rest/api/3/issuetype')).map((t: any) => t.name)).toEqual([
      'Nonconformity',
      'Corrective action',
    ]);
    const forNc = body(await h.asApp('GET', `/rest/api/3/issuetype/project?projectId=${nc}`));
    expect(forNc.map((t: any) => t.name)).toEqual(['Nonconformity', 'Corrective action']);
    expect((await h.asApp('GET', '/rest/api/3/issuetype/project?projectId=424242')).status).toBe(404);
  });

  it('lists the fields, app fields with their ids, Forge keys and JQL clause names', async () => {
    const fields = body(await h.asApp('GET', '/rest/api/3/field'));
    expect(fields.find((f: any) => f.id === GRADE)).toEqual({
      id: GRADE,
      key: '00000000-0000-0000-0000-000000000000__DEVELOPMENT__finding-grade',
      name: 'Finding grade',
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10050]', 'Finding grade'],
      schema: expect.objectContaining({ type: 'string', customId: 10050 }),
    });
    expect(fields.find((f: any) => f.id === 'duedate').clauseNames).toEqual(['due', 'duedate']);
  });
});

describe('routing', () => {
  it('answers 404 for an unknown path and 405 for an unemulated method on a known path', async () => {
    const unknown = await h.expectingViolations(() => h.asApp('GET', '/rest/api/3/nonsense'));
    expect(unknown.result.status).toBe(404);
    expect(body(unknown.result).errorMessages[0]).toMatch(/no endpoint GET \/rest\/api\/3\/nonsense/);
    expect(unknown.violations.map((v) => v.message)).toEqual([
      'no documented jira operation for GET /rest/api/3/nonsense',
    ]);

    const wrongMethod = await h.expectingViolations(() => h.asApp('PATCH', '/rest/api/3/issue/NC-1'));
    expect(wrongMethod.result.status).toBe(405);
    expect(wrongMethod.result.headers).toEqual({ Allow: 'GET, PUT, DELETE' });
    expect(wrongMethod.violations).toHaveLength(1);

    // GET /issue/bulk is an issue key lookup, not the bulk endpoint.
    expect((await h.asApp('GET', '/rest/api/3/issue/bulk')).status).toBe(404);
  });

  it('answers a request for another product with 404', async () => {
    const answer = await h.jira.handle({
      product: 'confluence',
      provider: 'app',
      accountId: undefined,
      method: 'GET',
      path: '/wiki/api/v2/pages',
      body: undefined,
    });
    expect(answer.status).toBe(404);
  });
});
