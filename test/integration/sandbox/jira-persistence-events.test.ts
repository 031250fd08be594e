import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { demoUsers } from '../../../sandbox/site/users';
import { JiraEmulator } from '../../../sandbox/jira/jiraEmulator';
import {
  adf,
  appFields,
  checkedHandler,
  createJiraHarness,
  entityProperties,
  expectNoViolations,
  GRADE,
  ncProject,
  rahul,
  sofia,
  VERIFICATION,
} from './jira-harness';

const body = (answer: { body: unknown }) => answer.body as any;

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jira-emulator-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps projects, issues, fields, properties, comments and links across a new emulator over the same file', async () => {
    const file = path.join(dir, 'platform.sqlite');
    const first = createJiraHarness({ file });
    await first.createIssue(
      { [GRADE]: 'majorNC', labels: ['audit'] },
      {
        properties: [{ key: 'audit-finding', value: { auditId: 'A-1', findingId: 'F-1' } }],
      },
    );
    await first.createIssue({ summary: 'CA', issuetype: { name: 'Corrective action' } });
    await first.asApp('POST', '/rest/api/3/issue/NC-1/transitions', { transition: { id: '11' } });
    await first.asApp('POST', '/rest/api/3/issue/NC-1/comment', { body: adf('Kept.') });
    await first.asApp('POST', '/rest/api/3/issueLink', {
      type: { name: 'Relates' },
      inwardIssue: { key: 'NC-2' },
      outwardIssue: { key: 'NC-1' },
    });
    await first.asApp('PUT', `/rest/api/3/app/field/verification/value`, {
      updates: [{ issueIds: [10000], value: { result: 'effective', verifier: sofia, verifiedAt: '2026-03-02' } }],
    });
    const before = body(await first.asApp('GET', '/rest/api/3/issue/NC-1?fields=*all&properties=*all'));
    expectNoViolations(first);
    first.close();

    // A restart: a new emulator over the same file, before and after the project is configured again.
    const second = createJiraHarness({ file, configure: false });
    try {
      const after = body(await second.asApp('GET', '/rest/api/3/issue/NC-1?fields=*all&properties=*all'));
      expect(after).toEqual(before);
      expect(after.fields.status.name).toBe('In Progress');
      const found = body(
        await second.asApp('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('auditId = A-1')}`),
      );
      expect(found.issues).toEqual([{ id: '10000' }]);
      second.jira.configureProject(ncProject);
      const third = await second.createIssue();
      expect(third).toMatchObject({ id: '10002', key: 'NC-3' });
      expectNoViolations(second);
    } finally {
      second.close();
    }

    const db = new BetterSqlite3(file);
    try {
      const reordered = new JiraEmulator({
        database: db,
        clock: () => new Date('2026-03-03T00:00:00Z'),
        users: demoUsers,
        appFields: [...appFields].reverse(),
        entityProperties,
      });
      const handle = checkedHandler(reordered.handle);
      const answer = await handle({
        product: 'jira',
        provider: 'app',
        accountId: undefined,
        method: 'GET',
        path: `/rest/api/3/issue/NC-1?fields=${GRADE},${VERIFICATION}`,
        body: undefined,
      });
      expect(body(answer).fields).toEqual({ [GRADE]: 'majorNC', [VERIFICATION]: before.fields[VERIFICATION] });
      expect(handle.violations).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('issue events', () => {
  it('fires created, updated (with changelog) and deleted, Forge-shaped, selfGenerated for the app', async () => {
    const h = createJiraHarness();
    try {
      const { id } = await h.createIssue({ summary: 'Evented' });
      h.advance(1);
      await h.asUser(rahul, 'PUT', '/rest/api/3/issue/NC-1', { fields: { labels: ['x'] } });
      await h.asUser(rahul, 'PUT', '/rest/api/3/issue/NC-1/properties/p', { a: 1 });
      await h.asUser(rahul, 'POST', '/rest/api/3/issue/NC-1/comment', { body: adf('No event for me.') });
      await h.asApp('DELETE', '/rest/api/3/issue/NC-1');
      expect(h.events.map((e) => [e.eventType, e.selfGenerated, e.atlassianId])).toEqual([
        ['avi:jira:created:issue', true, '557058:00000000-0000-0000-0000-0000a0d17a99'],
        ['avi:jira:updated:issue', false, rahul],
        ['avi:jira:deleted:issue', true, '557058:00000000-0000-0000-0000-0000a0d17a99'],
      ]);
      const [created, updated, deleted] = h.events as [any, any, any];
      expect(created).toEqual({
        eventType: 'avi:jira:created:issue',
        issue: { id, key: 'NC-1', fields: expect.objectContaining({ summary: 'Evented', status: expect.any(Object) }) },
        atlassianId: '557058:00000000-0000-0000-0000-0000a0d17a99',
        timestamp: Date.parse('2026-03-02T09:00:00.000Z'),
        selfGenerated: true,
      });
      expect(created).not.toHaveProperty('changelog');
      expect(updated.changelog).toEqual({
        items: [{ field: 'labels', fieldId: 'labels', from: null, fromString: null, to: null, toString: 'x' }],
      });
      expect(updated.timestamp).toBe(Date.parse('2026-03-02T09:01:00.000Z'));
      expect(deleted.issue.fields.labels).toEqual(['x']);
      expect(created.issue.fields).not.toHaveProperty('comment');
      expectNoViolations(h);
    } finally {
      h.close();
    }
  });

  it('keeps answering when the event listener throws', async () => {
    const db = new BetterSqlite3(':memory:');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const jira = new JiraEmulator({
        database: db,
        clock: () => new Date('2026-03-02T09:00:00Z'),
        users: demoUsers,
        onIssueEvent: () => {
          throw new Error('listener down');
        },
      });
      jira.configureProject(ncProject);
      const handle = checkedHandler(jira.handle);
      const answer = await handle({
        product: 'jira',
        provider: 'app',
        accountId: undefined,
        method: 'POST',
        path: '/rest/api/3/issue',
        body: { fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: 'x' } },
      });
      expect(answer.status).toBe(201);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(handle.violations).toEqual([]);
    } finally {
      errors.mockRestore();
      db.close();
    }
  });
});
