import type { JiraIssuePick, RaiseJobView, TrackedIssueView } from '../../../src/contract/jira';
import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  auditId,
  browseOnly,
  findingId,
  invoke,
  issuesByFinding,
  manager,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from './raisingFixture';

let platform: SandboxPlatform;
let services: AppServices;

async function existingIssue(summary: string): Promise<string> {
  const answer = await platform.requestProduct(
    'jira',
    'POST',
    '/rest/api/3/issue',
    { fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary } },
    manager,
  );
  expect(answer.status).toBe(201);
  return (answer.body as { key: string }).key;
}

async function issueAsApp(key: string) {
  const answer = await platform.requestProduct(
    'jira',
    'GET',
    `/rest/api/3/issue/${key}?properties=iso27001-audit`,
    undefined,
    undefined,
    'app',
  );
  return answer.body as { fields: Record<string, unknown>; properties: Record<string, unknown> };
}

const search = (query: string, as = manager) =>
  invoke<{ issues: JiraIssuePick[] }>(platform, 'searchJiraIssues', { query }, as);
const link = (n: number, issueKey: string, as = manager) =>
  invoke<TrackedIssueView>(platform, 'linkFindingIssue', { findingId: findingId(n), issueKey }, as);
const unlink = (n: number, reason: string) =>
  invoke<TrackedIssueView>(platform, 'unlinkFindingIssue', { findingId: findingId(n), reason });
const trailLength = async () => (await services.trail.entries({ limit: 100_000 })).length;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedAudit(services, 3);
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('linking findings to issues that already exist', () => {
  it('finds issues by key, by summary words in the configured projects, or by JQL, as the caller', async () => {
    const key = await existingIssue('Two leavers kept VPN access beyond their last day');
    await existingIssue('Backup restore test not performed for the LIMS database');
    expect((await value(search(key.toLowerCase()))).issues.map((i) => i.key)).toEqual([key]);
    const words = await value(search('leavers VPN'));
    expect(words.issues).toEqual([
      { key, summary: 'Two leavers kept VPN access beyond their last day', status: 'Open' },
    ]);
    expect((await value(search('project = NC ORDER BY key ASC'))).issues).toHaveLength(2);
    expect(await search('project = NC AND (')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'query' },
    });
  });

  it('links a finding: fields and property set on the issue, tracked as linked with its history', async () => {
    const key = await existingIssue('Backup restore test not performed for the LIMS database');
    const view = await value(link(2, key));
    expect(view).toMatchObject({ state: 'linked', issueKey: key, subjectId: findingId(2), grade: 'observation' });
    expect(view.issueUrl).toMatch(new RegExp(`/browse/${key}$`));
    expect(view.history.map((e) => [e.action, e.issueKey])).toEqual([['linked', key]]);
    const issue = await issueAsApp(key);
    expect(issue.properties['iso27001-audit']).toEqual({ auditId, findingId: findingId(2), correctiveActionId: null });
    expect(Object.values(issue.fields)).toEqual(expect.arrayContaining(['observation', 'A.8.13']));

    // It counts as the finding's issue: raising the audit leaves it out.
    const job = await value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId }));
    expect(job.total).toBe(2);
    await runQueue(platform);
    expect((await issuesByFinding(platform)).get(findingId(2))).toEqual([key]);

    const again = await link(2, key);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', field: 'findingId' } });
    expect(JSON.stringify(again)).toContain(findingId(2));
  });

  it('refuses a caller who may not edit the issue in Jira, before the app touches anything', async () => {
    const key = await existingIssue('Two leavers kept VPN access beyond their last day');
    const before = await issueAsApp(key);
    const entries = await trailLength();
    platform.resetCounters();
    const refused = await link(1, key, browseOnly);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await issueAsApp(key)).toEqual(before);
    expect(await trailLength()).toBe(entries);
    expect(await services.store.get('trackedIssue', `finding:${findingId(1)}`)).toBeNull();
    // Only the permission check (as the user) reached Jira, besides this test's own read.
    const routes = Object.keys(platform.snapshot().routes);
    expect(routes.filter((r) => !r.startsWith('GET /rest/api/3/issue/{issueIdOrKey}'))).toEqual([
      'GET /rest/api/3/mypermissions',
    ]);
  });

  it('unlinks a finding, keeping the key and reason in its history; a new raise makes a new issue', async () => {
    const key = await existingIssue('Two leavers kept VPN access beyond their last day');
    await value(link(1, key));
    const view = await value(unlink(1, 'Wrong ticket: this one is about the badge system'));
    expect(view).toMatchObject({ state: 'unlinked', issueKey: null, issueUrl: null });
    expect(view.history.map((e) => [e.action, e.issueKey, e.note])).toEqual([
      ['linked', key, expect.stringContaining(`/browse/${key}`)],
      ['unlinked', key, 'Wrong ticket: this one is about the badge system'],
    ]);
    expect((await issueAsApp(key)).properties['iso27001-audit']).toEqual({
      auditId,
      findingId: null,
      correctiveActionId: null,
    });

    await value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId, findingIds: [findingId(1)] }));
    await runQueue(platform);
    const raised = (await issuesByFinding(platform)).get(findingId(1));
    expect(raised).toHaveLength(1);
    expect(raised![0]).not.toBe(key);
  });
});
