import type { AppServices } from '../../src/app/services';
import { ProductUnavailable } from '../../src/domain/failure';
import type { NewJiraIssue } from '../../src/ports/jira';
import { runAs } from '../../sandbox/platform/invocation';
import type { SandboxPlatform } from '../../sandbox/site/sandboxPlatform';
import { appServices, browseOnly, manager, raisingPlatform } from '../integration/jira/raisingFixture';

/**
 * The REST v3 adapter behind the JiraIssues port, against the emulated Jira with every exchange
 * checked against Atlassian's OpenAPI document (a violation fails the test).
 */

let platform: SandboxPlatform;
let services: AppServices;

beforeAll(async () => {
  platform = raisingPlatform();
  services = await appServices();
});
afterAll(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});
afterEach(() => platform.faults.clear());

const doc = (text: string) => ({
  type: 'doc' as const,
  version: 1 as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const newIssue = (n: number, over: Partial<NewJiraIssue> = {}): NewJiraIssue => ({
  projectKey: 'NC',
  issueType: 'Nonconformity',
  summary: `Restore test missing (${n})`,
  description: doc(`Finding ${n}`),
  dueDate: '2027-01-05',
  labels: ['iso27001-internal-audit'],
  appFields: { 'finding-grade': 'majorNC', 'audit-clause': 'A.8.13' },
  audit: { auditId: 'audit-1', findingId: `f-${n}`, correctiveActionId: null },
  ...over,
});
const app = () => services.jira.asApp();

describe('JiraIssuesApi on the emulated Jira', () => {
  it('bulk-creates with fields and property, mapping per-item refusals to their index', async () => {
    const outcome = await app().createIssues([newIssue(1), newIssue(2, { summary: 'x'.repeat(300) }), newIssue(3)]);
    expect(outcome.created.map((c) => c.index)).toEqual([0, 2]);
    expect(outcome.created[0]!.browseUrl).toMatch(/^https:\/\/[^/]+\/browse\/NC-\d+$/);
    expect(outcome.failed).toEqual([{ index: 1, status: 400, message: expect.stringContaining('summary') }]);

    const found = await app().searchIssues('auditFindingId in ("f-1", "f-3") ORDER BY key ASC');
    expect(found.issues.map((i) => [i.summary, i.audit?.findingId, i.status.category, i.dueDate])).toEqual([
      ['Restore test missing (1)', 'f-1', 'new', '2027-01-05'],
      ['Restore test missing (3)', 'f-3', 'new', '2027-01-05'],
    ]);
    const ids = await app().searchIds('project = NC');
    expect(ids.ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.nextPageToken).toBeNull();
    const fetched = await app().fetchIssues([outcome.created[0]!.key, 'NC-9999']);
    expect(fetched.map((i) => i.key)).toEqual([outcome.created[0]!.key]);
  });

  it('reads, edits, sets app field values and properties, comments, links and transitions', async () => {
    const { created } = await app().createIssues([newIssue(10), newIssue(11)]);
    const [a, b] = created;
    expect(await app().getIssue('NC-9999')).toBeNull();
    await app().updateIssue(a!.key, {
      summary: 'Restore test missing for LIMS',
      dueDate: null,
      appFields: { 'audit-clause': 'A.5.18' },
    });
    await app().setAppFieldValue('verification', [a!.id], {
      result: 'effective',
      verifier: 'Grace',
      verifiedAt: '2027-01-02',
    });
    await app().setProperty(a!.key, 'iso27001-verification', { result: 'effective' });
    await app().addComment(a!.key, doc('Overdue: the plan was due yesterday'));
    await app().linkIssues('Relates', a!.key, b!.key);
    const issue = await app().getIssue(a!.key);
    expect(issue).toMatchObject({ summary: 'Restore test missing for LIMS', dueDate: null, projectKey: 'NC' });
    expect(issue!.audit).toEqual({ auditId: 'audit-1', findingId: 'f-10', correctiveActionId: null });

    const transitions = await app().transitions(a!.key);
    expect(transitions.map((t) => [t.name, t.toStatus])).toEqual([['Plan action', 'Action planned']]);
    await app().transition(a!.key, transitions[0]!.id);
    expect((await app().getIssue(a!.key))!.status).toEqual({ name: 'Action planned', category: 'indeterminate' });
    await expect(app().transition(a!.key, '999')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('describes a project with its issue types and statuses, and null for one that does not exist', async () => {
    const project = await app().project('CA');
    expect(project).toMatchObject({ key: 'CA', issueTypes: ['Corrective action'] });
    expect(project!.statuses).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Closed', category: 'done' })]),
    );
    expect(await app().project('NOPE')).toBeNull();
  });

  it("asks the user's own permissions on an issue", async () => {
    const { created } = await app().createIssues([newIssue(20)]);
    const key = created[0]!.key;
    // As in a resolver: the services of one invocation act as its invoker only.
    const as = async (who: string) => (await appServices(who)).jira;
    expect(await runAs(manager, async () => (await as(manager)).permissionsOn(manager, key))).toEqual({
      browse: true,
      edit: true,
      transition: true,
    });
    expect(await runAs(browseOnly, async () => (await as(browseOnly)).permissionsOn(browseOnly, key))).toEqual({
      browse: true,
      edit: false,
      transition: false,
    });
  });

  it('turns a 429 into ProductUnavailable with Retry-After, and a 5xx to a write into an uncertain one', async () => {
    platform.faults.setPlan({ seed: 1, script: [{ call: 1, kind: '429' }], retryAfterSeconds: 17 });
    const limited = await app()
      .createIssues([newIssue(30)])
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ProductUnavailable);
    expect(limited).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 17, uncertain: false });

    platform.faults.setPlan({ seed: 1, script: [{ call: 1, kind: '500-after' }] });
    const lost = await app()
      .createIssues([newIssue(31)])
      .catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'unavailable', uncertain: true });
    // The write happened: the property search finds it.
    expect((await app().searchIssues('auditFindingId = "f-31"')).issues).toHaveLength(1);

    platform.faults.setPlan({ seed: 1, script: [{ call: 1, kind: '503' }] });
    const read = await app()
      .getIssue('NC-1')
      .catch((e: unknown) => e);
    expect(read).toMatchObject({ code: 'unavailable', uncertain: false });
  });
});
