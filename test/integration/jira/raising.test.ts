import type { RaiseJobView, TrackedIssueView } from '../../../src/contract/jira';
import { suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  actionRecord,
  appServices,
  auditId,
  countIssues,
  findingId,
  invoke,
  issuesByFinding,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
  writeAction,
} from './raisingFixture';

let platform: SandboxPlatform;
let services: AppServices;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

const raise = (payload: Record<string, unknown> = {}) =>
  value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId, ...payload }));
const job = (jobId: string) => value(invoke<RaiseJobView>(platform, 'getRaiseJob', { jobId }));
const tracked = async () =>
  (await value(invoke<{ issues: TrackedIssueView[] }>(platform, 'listTrackedIssues', { auditId }))).issues;

async function expectOneIssueEach(count: number): Promise<void> {
  const byFinding = await issuesByFinding(platform);
  const duplicates = [...byFinding.values()].filter((keys) => keys.length > 1);
  expect(duplicates).toEqual([]);
  expect(byFinding.size).toBe(count);
  for (let n = 1; n <= count; n += 1) expect(byFinding.get(findingId(n))).toHaveLength(1);
  expect(await countIssues(platform, 'project = NC')).toBe(count);
}

describe('raising findings as Jira issues', () => {
  it('raises one finding with its statements, due date, labels, app fields and audit property', async () => {
    await seedAudit(services, 1);
    const started = await raise({ findingIds: [findingId(1)] });
    expect(started).toMatchObject({ total: 1, done: 0, remaining: 1, finished: false });
    await runQueue(platform);

    expect(await job(started.jobId)).toMatchObject({ total: 1, done: 1, failed: 0, remaining: 0, finished: true });
    const [view] = await tracked();
    expect(view).toMatchObject({ state: 'raised', subjectId: findingId(1), grade: 'minorNC' });
    expect(view!.title).toContain('A.5.18');
    expect(view!.issueUrl).toBe(`/browse/${view!.issueKey}`);
    expect(view!.history.map((e) => e.action)).toEqual(['queued', 'raised']);

    const answer = await platform.requestProduct(
      'jira',
      'GET',
      `/rest/api/3/issue/${view!.issueKey}?properties=iso27001-audit`,
      undefined,
      undefined,
      'app',
    );
    const issue = answer.body as { fields: Record<string, unknown>; properties: Record<string, unknown> };
    // Minor NC: implementation due 60 business days (Mon–Fri) after Tue 2026-11-24.
    expect(issue.fields.duedate).toBe('2027-02-16');
    expect(issue.fields.labels).toEqual(['iso27001-internal-audit']);
    expect(Object.values(issue.fields)).toEqual(expect.arrayContaining(['minorNC', 'A.5.18']));
    expect(issue.properties['iso27001-audit']).toEqual({
      auditId,
      findingId: findingId(1),
      correctiveActionId: null,
    });
    expect(JSON.stringify(issue.fields.description)).toContain('No restore test in two quarters');
    // The rest of the story is in the app's panel on this very issue, and the description says so.
    expect(JSON.stringify(issue.fields.description)).toContain(
      'recorded in the \\"Audit finding and corrective action\\" panel on this issue',
    );
    expect(JSON.stringify(issue.fields.description)).not.toContain('app page in Confluence');
  });

  it.each([50, 51])('raises %i findings with one bulk create per 50, exactly one issue each', async (count) => {
    await seedAudit(services, count);
    platform.resetCounters();
    const started = await raise();
    await runQueue(platform);
    expect(await job(started.jobId)).toMatchObject({ total: count, done: count, remaining: 0, finished: true });
    await expectOneIssueEach(count);
    const routes = platform.snapshot().routes;
    expect(routes['POST /rest/api/3/issue/bulk']).toBe(Math.ceil(count / 50));
    expect(routes['POST /rest/api/3/issue']).toBeUndefined();
  });

  it.each([3, 51])(
    "shows %i new issues' status and due date at once, read back with one search a chunk",
    async (count) => {
      await seedAudit(services, count);
      platform.resetCounters();
      await raise();
      await runQueue(platform);
      const routes = { ...platform.snapshot().routes };
      // One bulk create and one read-back by key per chunk of 50: no per-issue GET.
      expect(routes['POST /rest/api/3/issue/bulk']).toBe(Math.ceil(count / 50));
      expect(routes['POST /rest/api/3/search/jql']).toBe(Math.ceil(count / 50));
      expect(routes['GET /rest/api/3/issue/{issueIdOrKey}']).toBeUndefined();
      const views = await tracked();
      expect(views).toHaveLength(count);
      for (const view of views) {
        // The tab's columns match Jira's own answer for the issue, without waiting for a sync.
        const answer = await platform.requestProduct(
          'jira',
          'GET',
          `/rest/api/3/issue/${view.issueKey}`,
          undefined,
          undefined,
          'app',
        );
        const fields = (answer.body as { fields: { status: { name: string }; duedate: string | null } }).fields;
        expect(view.jira).toMatchObject({ status: fields.status.name, dueDate: fields.duedate ?? null });
        expect(view.jira?.status).toBe('Open');
      }
      // A minor NC is due 60 business days (Mon–Fri) after Tue 2026-11-24.
      expect(views.find((view) => view.grade === 'minorNC')?.jira?.dueDate).toBe('2027-02-16');
    },
    120_000,
  );

  it('refuses before Jira is set up, and names a finding that is not of the audit', async () => {
    await seedAudit(services, 2, { settings: null });
    const unset = await invoke(platform, 'raiseFindingIssues', { auditId });
    expect(unset).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(unset)).toContain('Jira settings');

    await seedAudit(services, 2);
    const foreign = await invoke(platform, 'raiseFindingIssues', { auditId, findingIds: [findingId(1), 'nope'] });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'findingIds.1' } });
    expect(await tracked()).toEqual([]);
  });

  it('raises nothing twice: a second request finds nothing left to raise', async () => {
    await seedAudit(services, 3);
    await raise();
    await runQueue(platform);
    const again = await invoke(platform, 'raiseFindingIssues', { auditId });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const named = await invoke(platform, 'raiseFindingIssues', { auditId, findingIds: [findingId(2)] });
    expect(named).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await runQueue(platform);
    await expectOneIssueEach(3);
  });

  it("shows Jira's per-item refusals per subject while the rest of the chunk is raised", async () => {
    await seedAudit(services, 4);
    // The CA project no longer offers the configured issue type: Jira refuses that item only.
    await writeAction(services, 'ca-1', actionRecord([findingId(1), findingId(2)]));
    const { startRaiseJob } = await import('../../../src/app/jira/raiseJobs');
    const { jobId } = await startRaiseJob(
      { ...services, jira: services.jira, raiseQueue: services.raiseQueue },
      { accountId: 'acct' },
      [
        ...[1, 2, 3, 4].map((n) => ({ subject: 'finding' as const, subjectId: findingId(n), auditId })),
        { subject: 'correctiveAction' as const, subjectId: 'ca-1', auditId },
      ],
      auditId,
    );
    await services.store.apply({
      entity: 'jiraSettings',
      id: 'jira',
      before: await services.store.get('jiraSettings', 'jira'),
      after: {
        ...suggestedJiraSettings,
        correctiveActions: { projectKey: 'CA', issueType: 'Task' },
      },
      actor: 'acct',
      at: new Date(),
    });
    await runQueue(platform);
    const view = await job(jobId);
    expect(view).toMatchObject({ total: 5, done: 4, failed: 1, remaining: 0, finished: true });
    expect(view.failures).toEqual([
      expect.objectContaining({ subjectId: 'ca-1', title: 'Schedule quarterly restore tests' }),
    ]);
    expect(view.failures[0]!.message).toMatch(/Jira refused it: issuetype/);
    await expectOneIssueEach(4);
  });

  it('raises a corrective action in the CA project, linked to its findings’ issues', async () => {
    await seedAudit(services, 4);
    await raise();
    await runQueue(platform);
    await writeAction(services, 'ca-7', actionRecord([findingId(1), findingId(4)]));
    const { startRaiseJob } = await import('../../../src/app/jira/raiseJobs');
    const { jobId } = await startRaiseJob(
      services,
      { accountId: 'acct' },
      [{ subject: 'correctiveAction', subjectId: 'ca-7', auditId }],
      auditId,
    );
    await runQueue(platform);
    expect(await job(jobId)).toMatchObject({ done: 1, failed: 0 });
    const ca = (await tracked()).find((t) => t.subject === 'correctiveAction')!;
    expect(ca.issueKey).toMatch(/^CA-\d+$/);
    const answer = await platform.requestProduct(
      'jira',
      'GET',
      `/rest/api/3/issue/${ca.issueKey}?fields=issuelinks,duedate&properties=iso27001-audit`,
      undefined,
      undefined,
      'app',
    );
    const issue = answer.body as {
      fields: { issuelinks: Array<{ inwardIssue?: { key: string } }>; duedate: string };
      properties: Record<string, unknown>;
    };
    const findingKeys = (await tracked())
      .filter((t) => t.subjectId === findingId(1) || t.subjectId === findingId(4))
      .map((t) => t.issueKey)
      .sort();
    expect(issue.fields.issuelinks.map((l) => l.inwardIssue?.key).sort()).toEqual(findingKeys);
    expect(issue.properties['iso27001-audit']).toEqual({ auditId, findingId: null, correctiveActionId: 'ca-7' });
    // A minor (60 business days) and a major NC (30) raised on 2026-11-24: the earlier date wins.
    expect(issue.fields.duedate).toBe('2027-01-05');
  });

  it('gives a subject up after 8 attempts with the last message, backing off between them', async () => {
    await seedAudit(services, 2);
    platform.faults.setPlan({
      seed: 1,
      rate: { probability: 1, kinds: ['503'], match: { pathPrefix: '/rest/api/3/issue/bulk' } },
    });
    platform.resetCounters();
    const started = await raise();
    await runQueue(platform);
    platform.faults.clear();
    const view = await job(started.jobId);
    expect(view).toMatchObject({ total: 2, done: 0, failed: 2, remaining: 0, finished: true });
    expect(view.failures[0]!.message).toMatch(/^Gave up after 8 attempts; Jira last said: .*503/);
    expect(platform.snapshot().routes['POST /rest/api/3/issue/bulk']).toBe(8);
    expect(await countIssues(platform, 'project = NC')).toBe(0);
    // Raising again is allowed, and looks for an issue first (a 5xx may have hidden a success).
    const again = await raise();
    await runQueue(platform);
    expect(await job(again.jobId)).toMatchObject({ done: 2, failed: 0 });
    const states = (await tracked()).map((t) => t.history.map((e) => e.action).join(','));
    expect(states).toEqual(['queued,failed,queued,raised', 'queued,failed,queued,raised']);
    await expectOneIssueEach(2);
  });
});
