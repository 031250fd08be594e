import type { TrackedIssueView } from '../../../src/contract/jira';
import type { IssueContextView } from '../../../src/contract/actions';
import type { AppServices } from '../../../src/app/services';
import { demoNcWorkflow, demoWorkflow } from '../../../sandbox/demo/company';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  actionRecord,
  appServices,
  auditId,
  findingId,
  invoke,
  lead,
  manager,
  runQueue,
  seedAudit,
  value,
  writeAction,
} from './raisingFixture';

/**
 * Issue 20, "Jira and the app disagree silently": the NC issue moves along when a corrective
 * action is raised for it, and the CA issue's assignee is the plan's owner. The sandbox's NC
 * project has the demo's NC workflow (Open → In progress → Closed); the findings of the world are
 * (by the fixture's grade cycle) 1 minor NC, 2 observation, 3 OFI, 4 major NC, all raised.
 */
jest.setTimeout(120_000);

let platform: SandboxPlatform;
let services: AppServices;
let keys: Map<string, string>;

const issueFields = async (key: string) =>
  (
    (
      await platform.requestProduct(
        'jira',
        'GET',
        `/rest/api/3/issue/${key}?fields=status,assignee`,
        undefined,
        manager,
        'user',
      )
    ).body as { fields: { status: { name: string }; assignee: { accountId: string } | null } }
  ).fields;

const tracked = async () =>
  (await value(invoke<{ issues: TrackedIssueView[] }>(platform, 'listTrackedIssues', { auditId }))).issues;

async function raiseAction(id: string) {
  const { startRaiseJob } = await import('../../../src/app/jira/raiseJobs');
  await startRaiseJob(
    services,
    { accountId: manager },
    [{ subject: 'correctiveAction', subjectId: id, auditId }],
    auditId,
  );
  await runQueue(platform);
  return (await tracked()).find((t) => t.subjectId === id)!.issueKey!;
}

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.resetModules();
  platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  platform.jira.configureProject({
    key: 'NC',
    name: 'Nonconformities',
    issueTypes: [{ name: 'Nonconformity' }],
    workflow: demoNcWorkflow,
  });
  platform.jira.configureProject({
    key: 'CA',
    name: 'Corrective actions',
    issueTypes: [{ name: 'Corrective action' }],
    workflow: demoWorkflow,
  });
  services = await appServices();
  await seedAudit(services, 4);
  await value(invoke(platform, 'raiseFindingIssues', { auditId }));
  await runQueue(platform);
  keys = new Map((await tracked()).map((issue) => [issue.subjectId, issue.issueKey!]));
});

afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('Jira and the app in step', () => {
  it('moves the NC issue to in progress once a corrective action of it is raised, and leaves the other NCs', async () => {
    expect((await issueFields(keys.get(findingId(1))!)).status.name).toBe('Open');
    await writeAction(services, 'ca-1', actionRecord([findingId(1)]));
    await raiseAction('ca-1');
    expect((await issueFields(keys.get(findingId(1))!)).status.name).toBe('In progress');
    expect((await issueFields(keys.get(findingId(4))!)).status.name).toBe('Open');

    // A second action of the same NC finds it under way already and leaves it there.
    await writeAction(services, 'ca-2', actionRecord([findingId(1)], 'Second action'));
    await raiseAction('ca-2');
    expect((await issueFields(keys.get(findingId(1))!)).status.name).toBe('In progress');
  });

  it("makes the plan's owner the CA issue's assignee when the action is raised with a plan", async () => {
    const planned = {
      ...actionRecord([findingId(4)]),
      state: 'planApproval' as const,
      rootCause: {
        method: 'fiveWhys' as const,
        text: 'Nobody owned the restore test',
        by: lead,
        at: new Date().toISOString(),
      },
      extent: { text: 'Only the LIMS database', recurElsewhere: false, by: lead, at: new Date().toISOString() },
      plan: {
        text: 'Schedule restore tests',
        ownerId: lead,
        dueDate: '2027-01-04',
        by: lead,
        at: new Date().toISOString(),
      },
    };
    await writeAction(services, 'ca-4', planned);
    const key = await raiseAction('ca-4');
    expect((await issueFields(key)).assignee?.accountId).toBe(lead);
  });

  it("assigns the CA issue to the owner when the plan is recorded in the app, with the plan's due date", async () => {
    const now = new Date().toISOString();
    await writeAction(services, 'ca-6', {
      ...actionRecord([findingId(4)]),
      state: 'plan',
      rootCause: { method: 'fiveWhys', text: 'Nobody owned the restore test', by: lead, at: now },
      extent: { text: 'Only the LIMS database', recurElsewhere: false, by: lead, at: now },
    });
    const key = await raiseAction('ca-6');
    expect((await issueFields(key)).assignee).toBeNull();
    const view = await value(
      invoke<{ version: number }>(platform, 'getCorrectiveAction', { correctiveActionId: 'ca-6' }),
    );
    const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await value(
      invoke(platform, 'recordCorrectiveActionStep', {
        correctiveActionId: 'ca-6',
        expectedVersion: view.version,
        step: { step: 'plan', text: 'Schedule restore tests', ownerId: lead, dueDate },
      }),
    );
    const fields = (
      (
        await platform.requestProduct(
          'jira',
          'GET',
          `/rest/api/3/issue/${key}?fields=assignee,duedate`,
          undefined,
          manager,
          'user',
        )
      ).body as { fields: { assignee: { accountId: string } | null; duedate: string } }
    ).fields;
    expect(fields).toMatchObject({ assignee: { accountId: lead }, duedate: dueDate });
  });

  it('leaves a CA issue unassigned while its action has no plan', async () => {
    await writeAction(services, 'ca-5', actionRecord([findingId(4)]));
    const key = await raiseAction('ca-5');
    expect((await issueFields(key)).assignee).toBeNull();
  });

  it('opens a second corrective action for an NC whose first one closed, and the NC is open again until it closes', async () => {
    await writeAction(services, 'ca-1', {
      ...actionRecord([findingId(1)]),
      state: 'closed',
      closedAt: new Date().toISOString(),
    });
    const ncKey = keys.get(findingId(1))!;
    const before = await value(invoke<IssueContextView>(platform, 'getIssueContext', { issueKey: ncKey }));
    expect(before.findings[0]!.closure.closed).toBe(true);
    const opened = await value(
      invoke<{ id: string }>(platform, 'openCorrectiveAction', {
        findingIds: [findingId(1)],
        title: 'Test restores of the other databases too',
        correction: { text: 'Ran a restore test of the ERP database now' },
      }),
    );
    await runQueue(platform);
    const after = await value(invoke<IssueContextView>(platform, 'getIssueContext', { issueKey: ncKey }));
    expect(after.actions.map((view) => view.id).sort()).toEqual(['ca-1', opened.id].sort());
    expect(after.findings[0]!.closure.closed).toBe(false);
  });
});
