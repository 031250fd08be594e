import {
  adf,
  createJiraHarness,
  expectNoViolations,
  grace,
  mei,
  OWNER,
  rahul,
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

describe('issue properties', () => {
  it('creates (201), updates (200), lists, reads and deletes a property without touching updated or firing events', async () => {
    await h.createIssue();
    const path = '/rest/api/3/issue/NC-1/properties/audit-finding';
    h.advance(10);
    expect(await h.asUser(rahul, 'PUT', path, { auditId: 'A-7' })).toEqual({ status: 201, body: undefined });
    expect((await h.asUser(rahul, 'PUT', path, { auditId: 'A-8' })).status).toBe(200);
    expect(body(await h.asUser(rahul, 'GET', path))).toEqual({ key: 'audit-finding', value: { auditId: 'A-8' } });
    expect(body(await h.asUser(rahul, 'GET', '/rest/api/3/issue/NC-1/properties'))).toEqual({
      keys: [
        { self: 'https://sandbox.atlassian.net/rest/api/3/issue/10000/properties/audit-finding', key: 'audit-finding' },
      ],
    });
    const fields = body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=updated')).fields;
    expect(fields.updated).toBe('2026-03-02T09:00:00.000+0000');
    expect(h.events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);

    expect(await h.asUser(rahul, 'DELETE', path)).toEqual({ status: 204, body: undefined });
    const gone = await h.asUser(rahul, 'GET', path);
    expect(gone.status).toBe(404);
    expect(body(gone).errorMessages).toEqual(["The property with key 'audit-finding' does not exist."]);
    expect((await h.asUser(rahul, 'DELETE', path)).status).toBe(404);
  });

  it('refuses a value over 32,768 characters, a viewer (403), an outsider and an unknown issue (404)', async () => {
    await h.createIssue();
    const path = '/rest/api/3/issue/NC-1/properties/big';
    expect((await h.asApp('PUT', path, { text: 'x'.repeat(33_000) })).status).toBe(400);
    expect((await h.asUser(grace, 'PUT', path, { a: 1 })).status).toBe(403);
    expect((await h.asUser(grace, 'GET', '/rest/api/3/issue/NC-1/properties')).status).toBe(200);
    expect((await h.asUser(mei, 'GET', '/rest/api/3/issue/NC-1/properties')).status).toBe(404);
    expect((await h.asApp('PUT', '/rest/api/3/issue/NC-5/properties/x', { a: 1 })).status).toBe(404);
  });
});

describe('comments', () => {
  it('adds ADF comments as the caller and lists them with paging', async () => {
    await h.createIssue();
    h.advance(5);
    const added = await h.asUser(sofia, 'POST', '/rest/api/3/issue/NC-1/comment', { body: adf('Root cause agreed.') });
    expect(added.status).toBe(201);
    expect(body(added)).toMatchObject({
      id: '10000',
      author: { accountId: sofia, displayName: 'Sofia Lindqvist' },
      body: adf('Root cause agreed.'),
      created: '2026-03-02T09:05:00.000+0000',
    });
    await h.asApp('POST', '/rest/api/3/issue/NC-1/comment', { body: adf('Reminder sent.') });
    const page = body(await h.asUser(rahul, 'GET', '/rest/api/3/issue/NC-1/comment?startAt=1&maxResults=1'));
    expect(page).toMatchObject({ startAt: 1, maxResults: 1, total: 2 });
    expect(page.comments.map((c: any) => c.body)).toEqual([adf('Reminder sent.')]);
    const updated = body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=updated')).fields.updated;
    expect(updated).toBe('2026-03-02T09:05:00.000+0000');
  });

  it('refuses a missing body (400), a user who may not comment (403) and an unknown issue (404)', async () => {
    await h.createIssue();
    const missing = await h.asApp('POST', '/rest/api/3/issue/NC-1/comment', {
      visibility: { type: 'role', value: 'x' },
    });
    expect(missing.status).toBe(400);
    expect(body(missing).errors).toEqual({ comment: 'Comment body can not be empty!' });
    expect((await h.asUser(grace, 'POST', '/rest/api/3/issue/NC-1/comment', { body: adf('x') })).status).toBe(403);
    expect((await h.asUser(mei, 'GET', '/rest/api/3/issue/NC-1/comment')).status).toBe(404);
  });
});

describe('issue links', () => {
  it('lists link types, links NC to CA, shows the link on both issues, reads and deletes it', async () => {
    const types = body(await h.asApp('GET', '/rest/api/3/issueLinkType')).issueLinkTypes;
    expect(types.map((t: any) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);

    await h.createIssue({ summary: 'NC: access reviews' });
    await h.createIssue({ summary: 'CA: automate access reviews', issuetype: { name: 'Corrective action' } });
    const link = { type: { name: 'Blocks' }, inwardIssue: { key: 'NC-2' }, outwardIssue: { key: 'NC-1' } };
    expect(await h.asUser(rahul, 'POST', '/rest/api/3/issueLink', link)).toEqual({ status: 201, body: undefined });
    // A duplicate request is answered as created but adds nothing.
    expect((await h.asUser(rahul, 'POST', '/rest/api/3/issueLink', link)).status).toBe(201);

    const links = async (key: string) =>
      body(await h.asApp('GET', `/rest/api/3/issue/${key}?fields=issuelinks`)).fields.issuelinks;
    const onCa = await links('NC-2');
    expect(onCa).toEqual([
      {
        id: '10000',
        self: 'https://sandbox.atlassian.net/rest/api/3/issueLink/10000',
        type: expect.objectContaining({ name: 'Blocks', outward: 'blocks' }),
        outwardIssue: expect.objectContaining({
          key: 'NC-1',
          fields: expect.objectContaining({ summary: 'NC: access reviews' }),
        }),
      },
    ]);
    expect((await links('NC-1'))[0].inwardIssue.key).toBe('NC-2');

    const read = body(await h.asApp('GET', '/rest/api/3/issueLink/10000'));
    expect([read.inwardIssue.key, read.outwardIssue.key, read.type.name]).toEqual(['NC-2', 'NC-1', 'Blocks']);

    expect(await h.asUser(rahul, 'DELETE', '/rest/api/3/issueLink/10000')).toEqual({ status: 204, body: undefined });
    expect(await links('NC-1')).toEqual([]);
    expect((await h.asApp('GET', '/rest/api/3/issueLink/10000')).status).toBe(404);
    expect((await h.asApp('DELETE', '/rest/api/3/issueLink/10000')).status).toBe(404);
  });

  it('answers 404 for an unknown type or issue and for a user who may not link', async () => {
    await h.createIssue();
    await h.createIssue();
    const link = (type: string, inward: string) => ({
      type: { name: type },
      inwardIssue: { key: inward },
      outwardIssue: { key: 'NC-1' },
    });
    expect((await h.asApp('POST', '/rest/api/3/issueLink', link('Causes', 'NC-2'))).status).toBe(404);
    expect((await h.asApp('POST', '/rest/api/3/issueLink', link('Relates', 'NC-9'))).status).toBe(404);
    expect((await h.asUser(grace, 'POST', '/rest/api/3/issueLink', link('Relates', 'NC-2'))).status).toBe(404);
  });

  it('drops an issue’s links when the issue is deleted', async () => {
    await h.createIssue();
    await h.createIssue();
    await h.asApp('POST', '/rest/api/3/issueLink', {
      type: { name: 'Relates' },
      inwardIssue: { key: 'NC-1' },
      outwardIssue: { key: 'NC-2' },
    });
    await h.asApp('DELETE', '/rest/api/3/issue/NC-2');
    expect(body(await h.asApp('GET', '/rest/api/3/issue/NC-1?fields=issuelinks')).fields.issuelinks).toEqual([]);
  });
});

describe('app field values', () => {
  const verification = { result: 'effective', verifier: sofia, verifiedAt: '2026-03-02' };

  it('sets a read-only field for the app by id or key, fires an updated event with a changelog', async () => {
    const { id } = await h.createIssue();
    h.advance(15);
    const byId = await h.asApp('PUT', `/rest/api/3/app/field/${VERIFICATION}/value`, {
      updates: [{ issueIds: [Number(id)], value: verification }],
    });
    expect(byId).toEqual({ status: 204, body: undefined });
    const fields = body(await h.asApp('GET', `/rest/api/3/issue/NC-1?fields=${VERIFICATION},updated`)).fields;
    expect(fields).toEqual({ [VERIFICATION]: verification, updated: '2026-03-02T09:15:00.000+0000' });
    expect(h.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      selfGenerated: true,
      changelog: {
        items: [
          {
            field: 'Verification',
            fieldId: VERIFICATION,
            from: null,
            fromString: null,
            to: null,
            toString: JSON.stringify(verification),
          },
        ],
      },
    });

    const byForgeKey = await h.asApp(
      'PUT',
      '/rest/api/3/app/field/00000000-0000-0000-0000-000000000000__DEVELOPMENT__verification/value?generateChangelog=false',
      { updates: [{ issueIds: [Number(id)], value: null }] },
    );
    expect(byForgeKey.status).toBe(204);
    expect(body(await h.asApp('GET', `/rest/api/3/issue/NC-1?fields=${VERIFICATION}`)).fields[VERIFICATION]).toBeNull();
    expect(h.events.at(-1)).not.toHaveProperty('changelog');
  });

  it('sets several fields on several issues at once (POST /app/field/value), one event per changed issue', async () => {
    const one = await h.createIssue();
    const two = await h.createIssue();
    const eventsBefore = h.events.length;
    const answer = await h.asApp('POST', '/rest/api/3/app/field/value', {
      updates: [
        { customField: VERIFICATION, issueIds: [Number(one.id), Number(two.id)], value: verification },
        { customField: 'process-owner', issueIds: [Number(one.id)], value: tomasz },
      ],
    });
    expect(answer.status).toBe(204);
    const first = body(await h.asApp('GET', `/rest/api/3/issue/${one.key}?fields=${OWNER},${VERIFICATION}`)).fields;
    expect(first[OWNER]).toMatchObject({ accountId: tomasz });
    expect(first[VERIFICATION]).toEqual(verification);
    const fired = h.events.slice(eventsBefore);
    expect(fired.map((e) => [e.issue.key, e.changelog!.items.map((i) => i.fieldId)])).toEqual([
      [one.key, [VERIFICATION, OWNER]],
      [two.key, [VERIFICATION]],
    ]);
  });

  it('refuses users (403), unknown fields (404), bad values and unknown issues (400), changing nothing', async () => {
    const { id } = await h.createIssue();
    const set = (as: 'app' | string, field: string, value: unknown, issueIds = [Number(id)]) => {
      const payload = { updates: [{ issueIds, value }] };
      const path = `/rest/api/3/app/field/${field}/value`;
      return as === 'app' ? h.asApp('PUT', path, payload) : h.asUser(as, 'PUT', path, payload);
    };
    expect((await set(rahul, VERIFICATION, verification)).status).toBe(403);
    expect((await set('app', 'customfield_10999', 'x')).status).toBe(404);
    const bad = await set('app', VERIFICATION, { result: 7 });
    expect(bad.status).toBe(400);
    expect(body(bad).errors).toEqual({ [VERIFICATION]: "The value of 'result' must be a string" });
    expect((await set('app', VERIFICATION, verification, [Number(id), 99999])).status).toBe(400);
    expect(body(await h.asApp('GET', `/rest/api/3/issue/NC-1?fields=${VERIFICATION}`)).fields[VERIFICATION]).toBeNull();
    expect(h.events).toHaveLength(1);
  });
});
