import type { AppServices } from '../../../src/app/services';
import type { MacroData, ManagementReviewView, ReviewInputView } from '../../../src/contract/review';
import { AuditProgramme, programmeIdFor } from '../../../src/domain/programme/auditProgramme';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  countIssues,
  invoke,
  lead,
  manager,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from '../jira/raisingFixture';

let platform: SandboxPlatform;
let services: AppServices;

/** The raising world (NC and CA projects, Jira settings, roles) plus an ISMS space and its programme. */
async function seedReviews(): Promise<void> {
  await seedAudit(services, 0);
  platform.confluence.createSpace({ key: 'ISMS', name: 'Information security' });
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeIdFor('2026-01-01'),
    before: null,
    after: AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey: 'ISMS' }),
    actor: manager,
    at: new Date(),
  });
}

const h2 = { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' };
const createReview = (input = h2) => value(invoke<ManagementReviewView>(platform, 'createManagementReview', input));
const getReview = (reviewId: string) =>
  value(invoke<ManagementReviewView>(platform, 'getManagementReview', { reviewId }));
const decide = (reviewId: string, text: string, dueDate = '2027-03-31') =>
  value(invoke<ManagementReviewView>(platform, 'addReviewDecision', { reviewId, text, ownerId: lead, dueDate }));
const raise = (reviewId: string) => invoke<{ jobId: string }>(platform, 'raiseReviewDecisions', { reviewId });

/** Issues that name a review decision in the app's property (searched by its JQL alias, as the app does). */
async function decisionIssues(decisionId: string) {
  const answer = await platform.requestProduct(
    'jira',
    'POST',
    '/rest/api/3/search/jql',
    {
      jql: `reviewDecisionId = "${decisionId}"`,
      fields: ['summary', 'duedate', 'labels', 'project', 'issuetype'],
      properties: ['iso27001-audit'],
    },
    undefined,
    'app',
  );
  return (answer.body as { issues: Array<{ key: string; fields: any; properties: Record<string, unknown> }> }).issues;
}

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedReviews();
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('raising management review decisions as Jira issues', () => {
  it('raises a decision exactly once, as an action in the CA project named by its review-decision property', async () => {
    const review = await createReview();
    const decided = await decide(review.id, 'Fund quarterly restore tests of the LIMS database');
    const decisionId = decided.decisionList[0]!.id;
    const started = await value(raise(review.id));
    expect(started.jobId).toMatch(/^raise_/);
    await runQueue(platform);

    const issues = await decisionIssues(decisionId);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue!.properties['iso27001-audit']).toEqual({
      auditId: null,
      findingId: null,
      correctiveActionId: null,
      reviewDecisionId: decisionId,
    });
    expect(issue!.fields.summary).toBe('Management review action: Fund quarterly restore tests of the LIMS database');
    expect(issue!.fields.duedate).toBe('2027-03-31');
    expect(issue!.fields.project.key).toBe('CA');
    expect(issue!.fields.labels).toEqual(['iso27001-internal-audit']);

    const view = await getReview(review.id);
    expect(view.decisionList[0]!.issue).toMatchObject({
      subject: 'reviewDecision',
      subjectId: decisionId,
      state: 'raised',
      issueKey: issue!.key,
      title: 'Management review action: Fund quarterly restore tests of the LIMS database',
    });

    const again = await raise(review.id);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(again)).toContain('Nothing to raise');
    await runQueue(platform);
    expect(await countIssues(platform, 'project = CA')).toBe(1);
  });

  it('closes in Jira without an effectiveness verification: a review action is not a corrective action', async () => {
    const review = await createReview();
    const decided = await decide(review.id, 'Publish the revised access-control policy');
    await value(raise(review.id));
    await runQueue(platform);
    const [issue] = await decisionIssues(decided.decisionList[0]!.id);
    const jira = (method: string, path: string, body?: unknown) =>
      platform.requestProduct('jira', method, path, body, manager, 'user');
    // Walk the CA workflow by hand as a Jira user would, up to its gated Close.
    for (const name of ['Plan action', 'Mark implemented', 'Request verification', 'Close']) {
      const { transitions } = (await jira('GET', `/rest/api/3/issue/${issue!.key}/transitions`)).body as {
        transitions: Array<{ id: string; name: string }>;
      };
      const transition = transitions.find((t) => t.name === name);
      expect({ name, offered: transition !== undefined }).toEqual({ name, offered: true });
      const moved = await jira('POST', `/rest/api/3/issue/${issue!.key}/transitions`, {
        transition: { id: transition!.id },
      });
      expect(moved.status).toBe(204);
    }
    const status = (await jira('GET', `/rest/api/3/issue/${issue!.key}?fields=status`)).body as {
      fields: { status: { name: string } };
    };
    expect(status.fields.status.name).toBe('Closed');
  });

  it('still makes one issue when Jira creates it but answers 500 (the retry adopts it by its property)', async () => {
    const review = await createReview();
    const decided = await decide(review.id, 'Appoint a deputy ISMS manager');
    const decisionId = decided.decisionList[0]!.id;
    platform.faults.setPlan({
      script: [
        {
          call: 1,
          kind: '500-after',
          match: { product: 'jira', method: 'POST', pathPrefix: '/rest/api/3/issue/bulk' },
        },
      ],
    });
    await value(raise(review.id));
    await runQueue(platform);
    expect(platform.faults.describePlan().injected).toBe(1);
    platform.faults.clear();

    expect(await decisionIssues(decisionId)).toHaveLength(1);
    expect(await countIssues(platform, 'project = CA')).toBe(1);
    const [decision] = (await getReview(review.id)).decisionList;
    expect(decision!.issue).toMatchObject({ state: 'raised' });
    expect(decision!.issue!.history.map((e) => e.action)).toContain('adopted');
  });

  it('the next review’s "previous actions" shows the decision with its Jira key, with no Jira call', async () => {
    const review = await createReview();
    const decided = await decide(review.id, 'Fund quarterly restore tests', '2027-02-28');
    await value(raise(review.id));
    await runQueue(platform);
    const key = (await decisionIssues(decided.decisionList[0]!.id))[0]!.key;

    const next = await createReview({ title: 'Management review 2027 H1', from: '2027-01-01', to: '2027-06-30' });
    expect(next.previousReviewId).toBe(review.id);
    platform.resetCounters();
    const data = await value(
      invoke<MacroData>(platform, 'getMacroData', { macro: 'previousActions', config: { reviewId: next.id } }),
    );
    const jiraRoutes = Object.keys(platform.snapshot().routes).filter((route) => route.includes('/rest/api/'));
    expect(jiraRoutes).toEqual([]);
    expect(data.status).toBe('ready');
    const view = (data as Extract<MacroData, { status: 'ready' }>).view as ReviewInputView;
    expect(view.sections[0]!.table!.rows).toEqual([
      // The owner by the name stored with the decision, not the account id.
      ['Fund quarterly restore tests', 'Rahul Mehta', '2027-02-28', key, expect.any(String), 'No'],
    ]);
  });
});
