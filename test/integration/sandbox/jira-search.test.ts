import {
  CLAUSE,
  createJiraHarness,
  daniel,
  expectNoViolations,
  GRADE,
  mei,
  rahul,
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
const q = (jql: string, rest = '') => `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}${rest}`;

async function seed() {
  await h.createIssue(
    { summary: 'Access reviews missing', [GRADE]: 'majorNC', [CLAUSE]: ['A.5.18'], assignee: { accountId: tomasz } },
    { properties: [{ key: 'audit-finding', value: { auditId: 'A-7', findingId: 'F-1', raisedOn: '2026-02-10' } }] },
  );
  h.advance(1);
  await h.createIssue(
    { summary: 'Backup test overdue', [GRADE]: 'minorNC', duedate: '2026-03-01', labels: ['backup'] },
    { properties: [{ key: 'audit-finding', value: { auditId: 'A-7', findingId: 'F-2', raisedOn: '2026-02-20' } }] },
  );
  h.advance(1);
  await h.createIssue({ summary: 'Supplier register incomplete', [GRADE]: 'observation' });
  await h.asApp('POST', '/rest/api/3/issue', {
    fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Phishing wave' },
  });
}

describe('GET and POST /rest/api/3/search/jql', () => {
  it('answers ids only by default, newest first, with isLast and no total or token on the last page', async () => {
    await seed();
    const answer = await h.asApp('GET', q('project = NC'));
    expect(answer.status).toBe(200);
    expect(body(answer)).toEqual({ issues: [{ id: '10002' }, { id: '10001' }, { id: '10000' }], isLast: true });
  });

  it('filters on system fields, app fields, object field properties and entity property aliases', async () => {
    await seed();
    const keys = async (jql: string) =>
      body(await h.asApp('GET', q(jql, '&fields=summary'))).issues.map((issue: any) => issue.key);
    expect(await keys('project = NC AND "Finding grade" = majorNC')).toEqual(['NC-1']);
    expect(await keys(`cf[10050] in (majorNC, minorNC) ORDER BY key ASC`)).toEqual(['NC-1', 'NC-2']);
    expect(await keys('"ISO clause" = "A.5.18"')).toEqual(['NC-1']);
    expect(await keys('auditId = "A-7" AND findingId = F-2')).toEqual(['NC-2']);
    expect(await keys('issue.property[audit-finding].raisedOn >= "2026-02-15"')).toEqual(['NC-2']);
    expect(await keys('project = NC AND labels = backup')).toEqual(['NC-2']);
    expect(await keys('assignee = ' + tomasz)).toEqual(['NC-1']);
    expect(await keys('project = NC AND duedate < now() ORDER BY key')).toEqual(['NC-2']);
    expect(await keys('summary ~ "register" OR key = NC-1 ORDER BY created ASC')).toEqual(['NC-1', 'NC-3']);

    await h.asApp('PUT', `/rest/api/3/app/field/${VERIFICATION}/value`, {
      updates: [{ issueIds: [10001], value: { result: 'effective', verifier: rahul, verifiedAt: '2026-03-02' } }],
    });
    expect(await keys('Verification.result = effective')).toEqual(['NC-2']);
  });

  it('returns fields and properties for POST bodies, names with expand', async () => {
    await seed();
    const answer = await h.asApp('POST', '/rest/api/3/search/jql', {
      jql: 'project = NC ORDER BY key ASC',
      fields: ['summary', GRADE],
      properties: ['audit-finding'],
      maxResults: 2,
      expand: 'names',
    });
    expect(answer.status).toBe(200);
    const page = body(answer);
    expect(
      page.issues.map((i: any) => [i.key, i.fields.summary, i.fields[GRADE], i.properties['audit-finding']?.findingId]),
    ).toEqual([
      ['NC-1', 'Access reviews missing', 'majorNC', 'F-1'],
      ['NC-2', 'Backup test overdue', 'minorNC', 'F-2'],
    ]);
    expect(page.names).toEqual({ summary: 'Summary', [GRADE]: 'Finding grade' });
    expect(page.isLast).toBe(false);
    expect(typeof page.nextPageToken).toBe('string');
  });

  it('returns only issues the caller may browse', async () => {
    await seed();
    const ids = async (as: string) => body(await h.asUser(as, 'GET', q('created >= "2026-01-01"'))).issues;
    expect(await ids(daniel)).toHaveLength(4);
    expect(await ids(tomasz)).toHaveLength(3);
    expect(await ids(mei)).toHaveLength(0);
  });

  it('refuses unsupported or invalid JQL, unbounded queries and foreign page tokens with 400', async () => {
    await seed();
    for (const jql of ['project = NC AND comment ~ "x"', 'project = ', 'nosuchfield = 1', 'order by key', '']) {
      const answer = await h.asApp('GET', q(jql));
      expect(answer.status).toBe(400);
      expect(body(answer).errorMessages).toHaveLength(1);
      expect(body(answer).errors).toEqual({});
    }
    expect(body(await h.asApp('GET', q('')))).toEqual({
      errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
      errors: {},
    });
    const first = body(await h.asApp('GET', q('project = NC', '&maxResults=1')));
    const foreign = await h.asApp('GET', q('project = SEC', `&nextPageToken=${first.nextPageToken}`));
    expect(foreign.status).toBe(400);
    expect((await h.asApp('GET', q('project = NC', '&nextPageToken=garbage'))).status).toBe(400);
  });

  it('pages with nextPageToken: every issue exactly once, stable while issues change between pages', async () => {
    const issueUpdates = Array.from({ length: 45 }, (_, i) => ({
      fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: `Finding ${i + 1}` },
    }));
    await h.asApp('POST', '/rest/api/3/issue/bulk', { issueUpdates });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const answer = body(
        await h.asApp('POST', '/rest/api/3/search/jql', {
          jql: 'project = NC ORDER BY key ASC',
          fields: ['summary'],
          maxResults: 10,
          ...(token ? { nextPageToken: token } : {}),
        }),
      );
      seen.push(...answer.issues.map((issue: any) => issue.key));
      token = answer.nextPageToken;
      expect(answer.isLast).toBe(token === undefined);
      if (pages === 0) await h.createIssue({ summary: 'created while paging' });
      pages += 1;
    } while (token);
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `NC-${i + 1}`));
  });

  it('pages 5,000 issues in pages of 100 quickly', async () => {
    for (let batch = 0; batch < 100; batch++) {
      const issueUpdates = Array.from({ length: 50 }, (_, i) => ({
        fields: {
          project: { key: 'NC' },
          issuetype: { name: 'Nonconformity' },
          summary: `Finding ${batch * 50 + i}`,
          [GRADE]: i % 2 === 0 ? 'minorNC' : 'observation',
        },
      }));
      expect((await h.asApp('POST', '/rest/api/3/issue/bulk', { issueUpdates })).status).toBe(201);
    }
    const started = performance.now();
    const seen = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const path = q(
        'project = NC ORDER BY created DESC',
        `&fields=summary&maxResults=100${token ? `&nextPageToken=${token}` : ''}`,
      );
      const answer = body(await h.asApp('GET', path));
      for (const issue of answer.issues) seen.add(issue.key);
      token = answer.nextPageToken;
      pages += 1;
    } while (token);
    const elapsed = performance.now() - started;
    expect(pages).toBe(50);
    expect(seen.size).toBe(5000);
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);

  it('caps a page at 100 issues when fields are asked for, 5000 for ids only', async () => {
    const issueUpdates = Array.from({ length: 50 }, (_, i) => ({
      fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: `F${i}` },
    }));
    for (let i = 0; i < 3; i++) await h.asApp('POST', '/rest/api/3/issue/bulk', { issueUpdates });
    expect(body(await h.asApp('GET', q('project = NC', '&maxResults=500&fields=summary'))).issues).toHaveLength(100);
    expect(body(await h.asApp('GET', q('project = NC', '&maxResults=500'))).issues).toHaveLength(150);
  });
});

describe('the old search endpoints', () => {
  it.each(['GET', 'POST'])('%s /rest/api/3/search answers 410 Gone', async (method) => {
    const { result, violations } = await h.expectingViolations(() =>
      method === 'GET'
        ? h.asApp('GET', '/rest/api/3/search?jql=project%20%3D%20NC')
        : h.asApp('POST', '/rest/api/3/search', { jql: 'project = NC' }),
    );
    expect(result.status).toBe(410);
    expect(body(result).errorMessages[0]).toMatch(
      /^The requested API has been removed\. Please migrate to the \/rest\/api\/3\/search\/jql API/,
    );
    // The document still describes the old operation (deprecated) and has no 410: the contract layer says so.
    expect(violations.map((v) => v.message)).toEqual([expect.stringMatching(/status 410 is not documented/)]);
  });
});
