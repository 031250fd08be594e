import { trackedIssueId, type JiraMirror } from '../../../src/domain/jira/trackedIssue';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appStore,
  deleteAsUser,
  editAsUser,
  jiraIssue,
  jiraUser,
  nextSecond,
  otherUser,
  seedMappedActions,
  syncPlatform,
  trackedOf,
  transitionAsUser,
  type MappedIssue,
} from './syncFixture';

/** The same Jira work in every run: transitions, reassignments, a hand-edited due date, a deletion. */
async function workInJira(platform: SandboxPlatform, [a, b, c]: MappedIssue[]) {
  const steps: Array<() => Promise<unknown>> = [
    () => transitionAsUser(platform, a!.key, 'Implement'),
    () => editAsUser(platform, b!.key, { assignee: { accountId: otherUser } }),
    () => editAsUser(platform, a!.key, { assignee: { accountId: jiraUser } }),
    () => transitionAsUser(platform, c!.key, 'Implement'),
    () => editAsUser(platform, b!.key, { assignee: { accountId: jiraUser } }),
    () => transitionAsUser(platform, a!.key, 'Ask for verification'),
    () => editAsUser(platform, a!.key, { duedate: '2027-02-01' }),
    () => transitionAsUser(platform, b!.key, 'Implement'),
    () => deleteAsUser(platform, c!.key),
  ];
  for (const step of steps) {
    nextSecond(platform);
    await step();
  }
}

const inOrder = { duplicate: false, reorder: false };

/**
 * One platform for the file: the app's function instance migrates its SQL once, as on Forge.
 * Each test raises its own issues (`from` keeps their action ids apart).
 */
let platform: SandboxPlatform;
let nextAction = 1;
const seed = async (count: number) => {
  const issues = await seedMappedActions(platform, count, { from: nextAction });
  nextAction += count;
  await platform.tick(); // the creates' own events (the app's: ignoreSelf drops them)
  return issues;
};
beforeAll(() => {
  platform = syncPlatform();
});
afterEach(() => {
  platform.events.configure(inOrder);
  expect(platform.violations).toEqual([]);
});
afterAll(() => platform.close());

async function mirrorsAfterWork(modes: Parameters<SandboxPlatform['events']['configure']>[0]) {
  const issues = await seed(3);
  platform.events.configure(modes);
  const before = platform.events.deliveries().length;
  await workInJira(platform, issues);
  await platform.tick();
  const mirrors = await Promise.all(issues.map(async (issue) => (await trackedOf(issue.actionId)).jira!));
  const truth = await Promise.all(issues.slice(0, 2).map((issue) => jiraIssue(platform, issue.key)));
  return { mirrors, truth, deliveries: platform.events.deliveries().slice(before) };
}

/** A mirror less its instant: the two runs happen at different moments of Jira's clock. */
const content = ({ updated: _updated, ...rest }: JiraMirror) => rest;

describe('Jira issue events keep the mirror in step, from the payload alone', () => {
  it('converges to the same mirror when events come duplicated and shuffled as when they come in order', async () => {
    const ordered = await mirrorsAfterWork(inOrder);
    const shuffled = await mirrorsAfterWork({
      duplicate: true,
      duplicateProbability: 1,
      reorder: true,
      reorderWindow: 9,
    });

    expect(shuffled.deliveries.filter((d) => d.duplicate && d.outcome === 'delivered')).toHaveLength(9);
    const firstCopies = shuffled.deliveries.filter((d) => !d.duplicate).map((d) => d.sequence);
    expect(firstCopies).not.toEqual([...firstCopies].sort((x, y) => x - y)); // 1 in 9! to be unshuffled
    expect(shuffled.mirrors.map(content)).toEqual(ordered.mirrors.map(content));
    // Both hold Jira's latest state, its `updated` included.
    for (const run of [ordered, shuffled]) {
      expect(run.mirrors[0]!.updated).toBe(run.truth[0]!.updated);
      expect(run.mirrors[1]!.updated).toBe(run.truth[1]!.updated);
    }
    const [a, b, c] = ordered.mirrors;
    expect(a).toMatchObject({ status: 'Awaiting verification', assigneeId: jiraUser, dueDate: '2027-02-01' });
    expect(b).toMatchObject({ status: 'Implemented', assigneeId: jiraUser, deleted: false });
    expect(c).toMatchObject({ status: 'Implemented', deleted: true });
  });

  describe('one event at a time', () => {
    let issues: MappedIssue[];
    beforeEach(async () => {
      issues = await seed(2);
    });

    const publish = (issue: MappedIssue, fields: Record<string, unknown>) =>
      platform.events.publish({
        product: 'jira',
        eventType: 'avi:jira:updated:issue',
        issue: { id: issue.issueId, key: issue.key, fields },
        atlassianId: jiraUser,
        timestamp: platform.clock.now().getTime(),
        selfGenerated: false,
      });
    const status = (name: string, key: string) => ({ name, statusCategory: { key } });

    it('lets no event from an older update overwrite a newer mirror', async () => {
      const [issue] = issues;
      nextSecond(platform);
      await transitionAsUser(platform, issue!.key, 'Implement');
      await platform.tick();
      const newer = (await trackedOf(issue!.actionId)).jira!;
      expect(newer.status).toBe('Implemented');

      const older = new Date(Date.parse(newer.updated.replace('+0000', 'Z')) - 500).toISOString().replace('Z', '+0000');
      publish(issue!, { status: status('Action planned', 'new'), duedate: null, assignee: null, updated: older });
      publish(issue!, { status: status('Closed', 'done'), duedate: null, assignee: null, updated: newer.updated });
      await platform.tick();
      expect((await trackedOf(issue!.actionId)).jira).toEqual(newer);

      const later = new Date(Date.parse(newer.updated.replace('+0000', 'Z')) + 500).toISOString().replace('Z', '+0000');
      publish(issue!, { status: status('Closed', 'done'), assignee: { accountId: otherUser }, updated: later });
      await platform.tick();
      // The payload left the due date out: the mirror keeps its own.
      expect((await trackedOf(issue!.actionId)).jira).toEqual({
        ...newer,
        status: 'Closed',
        statusCategory: 'done',
        assigneeId: otherUser,
        updated: later,
      });
    });

    it('only mirrors a closing done in Jira: the corrective action itself stays where the app has it', async () => {
      const [issue] = issues;
      for (const step of ['Implement', 'Ask for verification', 'Close']) {
        nextSecond(platform);
        await transitionAsUser(platform, issue!.key, step);
      }
      await platform.tick();
      expect((await trackedOf(issue!.actionId)).jira).toMatchObject({ status: 'Closed', statusCategory: 'done' });
      const action = await (await appStore()).get('correctiveAction', issue!.actionId);
      expect(action?.record).toMatchObject({ state: 'implementation', closedAt: null });
    });

    it('marks a deleted issue deleted once, keeping the subject raised, and trails the write', async () => {
      const [, issue] = issues;
      platform.events.configure({ duplicate: true, duplicateProbability: 1 });
      nextSecond(platform);
      await deleteAsUser(platform, issue!.key);
      await platform.tick();
      const tracked = await trackedOf(issue!.actionId);
      expect(tracked.state).toBe('raised');
      expect(tracked.jira).toMatchObject({ deleted: true, status: 'Action planned' });
      expect(tracked.history.filter((h) => h.action === 'deleted')).toEqual([
        expect.objectContaining({ issueKey: issue!.key, by: 'app:jira-issue-events' }),
      ]);
      const trail = (
        await platform.sql.execute('SELECT actor FROM audit_trail WHERE entity_type = ? AND entity_id = ?', [
          'trackedIssue',
          trackedIssueId('correctiveAction', issue!.actionId),
        ])
      ).rows as Array<{ actor: string }>;
      expect(trail.map((row) => row.actor)).toEqual([expect.any(String), 'app:jira-issue-events']);
    });

    it("adopts an issue whose create answer was lost, when its created event carries the app's property", async () => {
      const store = await appStore();
      const id = trackedIssueId('correctiveAction', 'ca-lost');
      await store.apply({
        entity: 'trackedIssue',
        id,
        before: null,
        after: {
          subject: 'correctiveAction',
          subjectId: 'ca-lost',
          auditId: 'audit-1',
          state: 'creating',
          issue: null,
          jobId: 'job-1',
          attempts: 1,
          lastError: 'Jira did not answer',
          jira: null,
          history: [],
        },
        actor: jiraUser,
        at: new Date(),
      });
      platform.events.publish({
        product: 'jira',
        eventType: 'avi:jira:created:issue',
        issue: {
          id: '99001',
          key: 'CA-9001',
          fields: {
            status: status('Action planned', 'new'),
            duedate: null,
            assignee: null,
            updated: '2026-11-24T09:30:00.000+0000',
          },
          properties: { 'iso27001-audit': { auditId: 'audit-1', findingId: null, correctiveActionId: 'ca-lost' } },
        },
        timestamp: platform.clock.now().getTime(),
        selfGenerated: false,
      });
      await platform.tick();
      const adopted = (await store.get('trackedIssue', id))!.record;
      expect(adopted).toMatchObject({
        state: 'raised',
        issue: { id: '99001', key: 'CA-9001' },
        lastError: null,
        jira: { status: 'Action planned', updated: '2026-11-24T09:30:00.000+0000' },
        history: [{ action: 'adopted', issueKey: 'CA-9001' }],
      });
    });

    it("ignores the app's own changes (ignoreSelf) and issues it does not track", async () => {
      nextSecond(platform);
      await platform.requestProduct(
        'jira',
        'PUT',
        `/rest/api/3/issue/${issues[0]!.key}`,
        { fields: { duedate: '2027-05-05' } },
        undefined,
        'app',
      );
      await platform.requestProduct(
        'jira',
        'POST',
        '/rest/api/3/issue',
        {
          fields: { project: { key: 'CA' }, issuetype: { name: 'Corrective action' }, summary: 'Unrelated' },
        },
        jiraUser,
      );
      await platform.tick();
      expect((await trackedOf(issues[0]!.actionId)).jira?.dueDate).toBe('2027-01-08');
      expect(platform.events.deliveries().filter((d) => d.outcome !== 'delivered')).toEqual([]);
    });
  });
});
