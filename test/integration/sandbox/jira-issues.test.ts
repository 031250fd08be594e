import {
  adf,
  aoife,
  CLAUSE,
  createJiraHarness,
  daniel,
  expectNoViolations,
  GRADE,
  grace,
  mei,
  OWNER,
  rahul,
  SCORE,
  sofia,
  tomasz,
  VERIFICATION,
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

describe('POST /rest/api/3/issue', () => {
  it('creates an issue with system fields, app fields and properties, and reads it back', async () => {
    const created = await h.asUser(rahul, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'NC' },
        issuetype: { name: 'Nonconformity' },
        summary: 'Access reviews not performed for Q4',
        description: adf('Clause A.5.18: no evidence of quarterly access reviews.'),
        duedate: '2026-04-01',
        assignee: { accountId: tomasz },
        labels: ['audit-2026', 'access'],
        [GRADE]: 'majorNC',
        [CLAUSE]: ['A.5.18', '9.2'],
        [SCORE]: 12,
        [OWNER]: { accountId: sofia },
      },
      properties: [{ key: 'audit-finding', value: { auditId: 'A-7', findingId: 'F-3' } }],
    });
    expect(created.status).toBe(201);
    expect(body(created)).toEqual({
      id: '10000',
      key: 'NC-1',
      self: 'https://sandbox.atlassian.net/rest/api/3/issue/10000',
    });

    const read = await h.asUser(rahul, 'GET', '/rest/api/3/issue/NC-1?properties=audit-finding');
    expect(read.status).toBe(200);
    const issue = body(read);
    expect(issue).toMatchObject({ id: '10000', key: 'NC-1', properties: { 'audit-finding': { auditId: 'A-7' } } });
    expect(issue.fields).toMatchObject({
      summary: 'Access reviews not performed for Q4',
      description: adf('Clause A.5.18: no evidence of quarterly access reviews.'),
      status: { name: 'Open', statusCategory: { key: 'new', name: 'To Do' } },
      issuetype: { name: 'Nonconformity' },
      project: { key: 'NC', name: 'Nonconformities' },
      duedate: '2026-04-01',
      assignee: { accountId: tomasz, displayName: 'Tomasz Nowak' },
      reporter: { accountId: rahul },
      labels: ['audit-2026', 'access'],
      created: '2026-03-02T09:00:00.000+0000',
      updated: '2026-03-02T09:00:00.000+0000',
      resolutiondate: null,
      resolution: null,
      issuelinks: [],
      [GRADE]: 'majorNC',
      [CLAUSE]: ['A.5.18', '9.2'],
      [SCORE]: 12,
      [OWNER]: { accountId: sofia, displayName: 'Sofia Lindqvist' },
      [VERIFICATION]: null,
    });
    expect(issue.fields).not.toHaveProperty('comment');
  });

  it('gives the next key in the project and a reporter of the app for asApp', async () => {
    await h.createIssue();
    const second = await h.createIssue();
    expect(second.key).toBe('NC-2');
    const read = body(await h.asApp('GET', '/rest/api/3/issue/NC-2?fields=reporter'));
    expect(read.fields.reporter).toMatchObject({ accountType: 'app' });
  });

  it.each([
    ['a missing summary', { summary: undefined }, { summary: 'You must specify a summary of the issue.' }],
    ['an unknown project', { project: { key: 'NOPE' } }, { project: 'Specify a valid project ID or key' }],
    ['an unknown issue type', { issuetype: { name: 'Epic' } }, { issuetype: 'The issue type selected is invalid.' }],
    ['a missing issue type', { issuetype: undefined }, { issuetype: 'Specify an issue type' }],
    ['a malformed due date', { duedate: '2026-02-30' }, { duedate: 'Error parsing date string: 2026-02-30' }],
    [
      'a label with spaces',
      { labels: ['two words'] },
      { labels: "The label 'two words' contains spaces which is invalid." },
    ],
    ['a number for a string app field', { [GRADE]: 3 }, { [GRADE]: 'Operation value must be a string' }],
    ['a string for a number app field', { [SCORE]: 'high' }, { [SCORE]: 'Operation value must be a number' }],
    [
      'an unknown user',
      { assignee: { accountId: 'nobody' } },
      { assignee: "User 'nobody' cannot be assigned issues." },
    ],
    [
      'an unknown field',
      { customfield_19999: 'x' },
      {
        customfield_19999: "Field 'customfield_19999' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    ],
    [
      'a read-only app field',
      { [VERIFICATION]: { result: 'effective' } },
      { [VERIFICATION]: `Field '${VERIFICATION}' cannot be set. It is not on the appropriate screen, or unknown.` },
    ],
  ])('refuses %s with 400 and Jira’s per-field message', async (_, change, errors) => {
    const fields: Record<string, unknown> = {
      project: { key: 'NC' },
      issuetype: { name: 'Nonconformity' },
      summary: 'Finding',
      ...change,
    };
    for (const [k, v] of Object.entries(fields)) if (v === undefined) delete fields[k];
    const answer = await h.asApp('POST', '/rest/api/3/issue', { fields });
    expect(answer.status).toBe(400);
    expect(body(answer)).toEqual({ errorMessages: [], errors });
    expect(h.events).toHaveLength(0);
  });

  it('refuses a plain-text description (REST v3 takes ADF only); the request itself breaks the contract', async () => {
    const { result, violations } = await h.expectingViolations(() =>
      h.asApp('POST', '/rest/api/3/issue', {
        fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: 'x', description: 'plain' },
      }),
    );
    expect(result.status).toBe(400);
    expect(body(result).errors).toEqual({
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
    expect(violations.map((v) => v.where)).toEqual(['request']);
  });

  it('answers 403 to a user who may browse but not create, and 400 (unknown project) to one who may not browse', async () => {
    const fields = { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: 'x' };
    const viewer = await h.asUser(grace, 'POST', '/rest/api/3/issue', { fields });
    expect(viewer.status).toBe(403);
    expect(body(viewer).errorMessages).toEqual(['You do not have permission to create issues in this project.']);
    const outsider = await h.asUser(mei, 'POST', '/rest/api/3/issue', { fields });
    expect(outsider.status).toBe(400);
    expect(body(outsider).errors).toEqual({ project: 'Specify a valid project ID or key' });
  });
});

describe('POST /rest/api/3/issue/bulk', () => {
  const update = (summary: string, extra: Record<string, unknown> = {}) => ({
    fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary, ...extra },
    properties: [{ key: 'audit-finding', value: { auditId: 'A-1', findingId: summary } }],
  });

  it('creates the valid items and reports each invalid one with its element number', async () => {
    const answer = await h.asApp('POST', '/rest/api/3/issue/bulk', {
      issueUpdates: [update('F-1'), update('F-2', { duedate: 'soon' }), update('F-3'), update('', {})],
    });
    expect(answer.status).toBe(201);
    expect(body(answer)).toEqual({
      issues: [
        { id: '10000', key: 'NC-1', self: 'https://sandbox.atlassian.net/rest/api/3/issue/10000' },
        { id: '10001', key: 'NC-2', self: 'https://sandbox.atlassian.net/rest/api/3/issue/10001' },
      ],
      errors: [
        {
          status: 400,
          elementErrors: { errorMessages: [], errors: { duedate: 'Error parsing date string: soon' } },
          failedElementNumber: 1,
        },
        {
          status: 400,
          elementErrors: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } },
          failedElementNumber: 3,
        },
      ],
    });
    expect(h.events.map((e) => `${e.eventType} ${e.issue.key}`)).toEqual([
      'avi:jira:created:issue NC-1',
      'avi:jira:created:issue NC-2',
    ]);
    const second = body(await h.asApp('GET', '/rest/api/3/issue/NC-2/properties/audit-finding'));
    expect(second.value).toEqual({ auditId: 'A-1', findingId: 'F-3' });
  });

  it('answers 400 with every element’s error when none could be created; per-item 403 for a viewer', async () => {
    const answer = await h.asUser(grace, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: [update('a'), update('b')],
    });
    expect(answer.status).toBe(400);
    expect(body(answer).issues).toEqual([]);
    expect(body(answer).errors.map((e: any) => [e.status, e.failedElementNumber])).toEqual([
      [403, 0],
      [403, 1],
    ]);
  });

  it('refuses 51 issues outright (the limit is 50) and creates none', async () => {
    const issueUpdates = Array.from({ length: 51 }, (_, i) => update(`F-${i}`));
    const answer = await h.asApp('POST', '/rest/api/3/issue/bulk', { issueUpdates });
    expect(answer.status).toBe(400);
    expect(body(answer).issues).toEqual([]);
    expect(body(answer).errors[0].elementErrors.errorMessages[0]).toMatch(/at most 50 issues/);
    const fifty = await h.asApp('POST', '/rest/api/3/issue/bulk', { issueUpdates: issueUpdates.slice(0, 50) });
    expect(fifty.status).toBe(201);
    expect(body(fifty).issues).toHaveLength(50);
    expect(body(fifty).issues[0].key).toBe('NC-1');
  });
});

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('finds an issue by id or by key in any case, and 404s a stale or unknown key', async () => {
    const { id } = await h.createIssue();
    expect(body(await h.asApp('GET', `/rest/api/3/issue/${id}?fields=summary`)).key).toBe('NC-1');
    expect(body(await h.asApp('GET', '/rest/api/3/issue/nc-1?fields=summary')).id).toBe(id);
    for (const stale of ['NC-2', 'XYZ-1', '99999']) {
      const answer = await h.asApp('GET', `/rest/api/3/issue/${stale}`);
      expect(answer.status).toBe(404);
      expect(body(answer)).toEqual({
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      });
    }
  });

  it('selects fields (list, exclusions, *all with comment), properties, names and schema', async () => {
    await h.createIssue({ labels: ['x'] }, { properties: [{ key: 'audit-finding', value: { auditId: 'A-1' } }] });
    await h.asApp('POST', '/rest/api/3/issue/NC-1/comment', { body: adf('Evidence requested.') });

    const some = body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=summary,labels&expand=names,schema'));
    expect(Object.keys(some.fields)).toEqual(['summary', 'labels']);
    expect(some.names).toEqual({ summary: 'Summary', labels: 'Labels' });
    expect(some.schema.labels).toEqual({ type: 'array', items: 'string', system: 'labels' });
    expect(some).not.toHaveProperty('properties');

    const minus = body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=-description'));
    expect(minus.fields).not.toHaveProperty('description');
    expect(minus.fields).toHaveProperty('summary');

    const all = body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=*all&properties=*all'));
    expect(all.fields.comment).toMatchObject({ total: 1, comments: [{ body: adf('Evidence requested.') }] });
    expect(all.properties).toEqual({ 'audit-finding': { auditId: 'A-1' } });

    const schema = body(await h.asApp('GET', `/rest/api/3/issue/NC-1?fields=${VERIFICATION}&expand=schema`)).schema;
    expect(schema[VERIFICATION]).toMatchObject({ type: 'any', customId: 10052 });
  });

  it('hides an issue from a user who may not browse its project (404, as Jira)', async () => {
    await h.createIssue();
    expect((await h.asUser(mei, 'GET', '/rest/api/3/issue/NC-1')).status).toBe(404);
    expect((await h.asUser(grace, 'GET', '/rest/api/3/issue/NC-1')).status).toBe(200);
    expect((await h.call({ provider: 'none', accountId: undefined }, 'GET', '/rest/api/3/issue/NC-1')).status).toBe(
      404,
    );
  });

  it('expands the transitions the caller may perform', async () => {
    await h.createIssue();
    const issue = body(await h.asUser(rahul, 'GET', '/rest/api/3/issue/NC-1?fields=status&expand=transitions'));
    expect(issue.transitions.map((t: any) => t.name)).toEqual(['Start work']);
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  it('edits fields and labels (add/remove), moves updated and fires an updated event with a changelog', async () => {
    await h.createIssue({ labels: ['a', 'b'], [GRADE]: 'minorNC' });
    h.advance(30);
    const answer = await h.asUser(rahul, 'PUT', '/rest/api/3/issue/NC-1', {
      fields: { summary: 'Revised finding', duedate: '2026-05-01', assignee: { accountId: sofia }, [GRADE]: 'majorNC' },
      update: { labels: [{ add: 'c' }, { remove: 'a' }] },
    });
    expect(answer).toEqual({ status: 204, body: undefined });
    const issue = body(await h.asApp('GET', '/rest/api/3/issue/NC-1'));
    expect(issue.fields).toMatchObject({
      summary: 'Revised finding',
      duedate: '2026-05-01',
      labels: ['b', 'c'],
      assignee: { accountId: sofia },
      [GRADE]: 'majorNC',
      updated: '2026-03-02T09:30:00.000+0000',
      created: '2026-03-02T09:00:00.000+0000',
    });
    const updated = h.events.at(-1)!;
    expect(updated).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      issue: { key: 'NC-1', fields: { summary: 'Revised finding' } },
      atlassianId: rahul,
      selfGenerated: false,
    });
    expect(updated.changelog!.items).toEqual([
      {
        field: 'summary',
        fieldId: 'summary',
        from: null,
        fromString: 'Finding',
        to: null,
        toString: 'Revised finding',
      },
      { field: 'duedate', fieldId: 'duedate', from: null, fromString: null, to: '2026-05-01', toString: '2026-05-01' },
      { field: 'assignee', fieldId: 'assignee', from: null, fromString: null, to: sofia, toString: 'Sofia Lindqvist' },
      { field: 'labels', fieldId: 'labels', from: null, fromString: 'a b', to: null, toString: 'b c' },
      { field: 'Finding grade', fieldId: GRADE, from: null, fromString: 'minorNC', to: null, toString: 'majorNC' },
    ]);
  });

  it('returns the issue with returnIssue=true; an edit that changes nothing fires nothing', async () => {
    await h.createIssue();
    const answer = await h.asApp('PUT', '/rest/api/3/issue/NC-1?returnIssue=true', { fields: { summary: 'Finding' } });
    expect(answer.status).toBe(200);
    expect(body(answer).fields.summary).toBe('Finding');
    expect(h.events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
  });

  it('refuses read-only app fields, status and project (400) and changes nothing', async () => {
    await h.createIssue();
    const answer = await h.asApp('PUT', '/rest/api/3/issue/NC-1', {
      fields: { summary: 'Changed', [VERIFICATION]: { result: 'effective' }, status: { name: 'Closed' } },
    });
    expect(answer.status).toBe(400);
    expect(Object.keys(body(answer).errors).sort()).toEqual([VERIFICATION, 'status'].sort());
    expect(body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=summary')).fields.summary).toBe('Finding');
  });

  it('answers 403 to a viewer and 404 to an outsider, 404 for an unknown issue', async () => {
    await h.createIssue();
    expect((await h.asUser(grace, 'PUT', '/rest/api/3/issue/NC-1', { fields: { summary: 'x' } })).status).toBe(403);
    expect((await h.asUser(mei, 'PUT', '/rest/api/3/issue/NC-1', { fields: { summary: 'x' } })).status).toBe(404);
    expect((await h.asApp('PUT', '/rest/api/3/issue/NC-9', { fields: { summary: 'x' } })).status).toBe(404);
  });
});

describe('DELETE /rest/api/3/issue/{issueIdOrKey}', () => {
  it('needs Delete issues (site admins and the app have it), fires deleted and forgets the issue', async () => {
    await h.createIssue();
    expect((await h.asUser(rahul, 'DELETE', '/rest/api/3/issue/NC-1')).status).toBe(403);
    expect(await h.asUser(aoife, 'DELETE', '/rest/api/3/issue/NC-1')).toEqual({ status: 204, body: undefined });
    expect((await h.asApp('GET', '/rest/api/3/issue/NC-1')).status).toBe(404);
    expect(h.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:deleted:issue',
      issue: { key: 'NC-1', fields: { summary: 'Finding' } },
      atlassianId: aoife,
    });
    expect((await h.asApp('DELETE', '/rest/api/3/issue/NC-1')).status).toBe(404);
    // Keys are never reused.
    expect((await h.createIssue()).key).toBe('NC-2');
  });
});

describe('POST /rest/api/3/issue/bulkfetch', () => {
  it('returns visible issues in id order and an error for each unknown or hidden one', async () => {
    await h.createIssue({ summary: 'one' });
    await h.createIssue({ summary: 'two' });
    await h.asApp('POST', '/rest/api/3/issue', {
      fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'secret' },
    });
    const answer = await h.asUser(sofia, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['NC-2', 'SEC-1', '10000', 'NC-77'],
      fields: ['summary'],
      properties: ['audit-finding'],
    });
    expect(answer.status).toBe(200);
    expect(body(answer).issues.map((i: any) => [i.key, i.fields.summary, i.properties])).toEqual([
      ['NC-1', 'one', {}],
      ['NC-2', 'two', {}],
    ]);
    expect(body(answer).issueErrors).toEqual([
      { id: 'SEC-1', errorMessage: 'Issue does not exist or you do not have permission to see it.' },
      { id: 'NC-77', errorMessage: 'Issue does not exist or you do not have permission to see it.' },
    ]);
    expect((await h.asUser(daniel, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['SEC-1'] })).status).toBe(
      200,
    );
  });

  it('refuses more than 100 ids', async () => {
    const issueIdsOrKeys = Array.from({ length: 101 }, (_, i) => `NC-${i + 1}`);
    const answer = await h.asApp('POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys });
    expect(answer.status).toBe(400);
  });
});
