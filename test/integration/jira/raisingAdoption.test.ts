import type { AppServices } from '../../../src/app/services';
import { trackedIssueId, untrackedIssue } from '../../../src/domain/jira/trackedIssue';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { runAs } from '../../../sandbox/platform/invocation';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { appServices, auditId, findingId, lead, manager, raisingPlatform, seedAudit } from './raisingFixture';

/**
 * Issue 14, hole 9: a raise whose outcome was uncertain looks for the issue it may have made
 * before making one. It adopts only an issue in the project the app raises that subject in: the
 * audit property alone can be set by anyone who may edit an issue, in any project.
 */
jest.setTimeout(120_000);

let platform: SandboxPlatform;
let services: AppServices;
const tracked = trackedIssueId('finding', findingId(1));

/** A user makes an issue carrying the app's property for finding 1, in `project`. */
async function decoy(project: string, issueType: string): Promise<string> {
  const created = await platform.requestProduct(
    'jira',
    'POST',
    '/rest/api/3/issue',
    { fields: { project: { key: project }, issuetype: { name: issueType }, summary: 'Looks like the app’s issue' } },
    lead,
  );
  expect(created.status).toBe(201);
  const { key } = created.body as { key: string };
  const property = { auditId, findingId: findingId(1), correctiveActionId: null };
  const set = await platform.requestProduct(
    'jira',
    'PUT',
    `/rest/api/3/issue/${key}/properties/iso27001-audit`,
    property,
    lead,
  );
  expect(set.status).toBeLessThan(300);
  return key;
}

/** Finding 1 as an earlier delivery left it: `creating`, its outcome unknown. */
async function uncertainRaise(): Promise<void> {
  await services.store.apply({
    entity: 'trackedIssue',
    id: tracked,
    before: null,
    after: { ...untrackedIssue('finding', findingId(1), auditId, 'creating'), jobId: 'job-uncertain', attempts: 1 },
    actor: manager,
    at: new Date(),
  });
}

async function deliverChunk() {
  type Chunk = typeof import('../../../src/app/jira/raiseChunk');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { raiseChunk } = require('../../../src/app/jira/raiseChunk') as Chunk;
  return runAs(undefined, () => raiseChunk(services, { jobId: 'job-uncertain', trackedIds: [tracked], retry: 0 }));
}

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  platform.jira.configureProject({
    key: 'OPS',
    name: 'Operations',
    issueTypes: [{ name: 'Task' }],
    workflow: demoWorkflow,
  });
  services = await appServices();
  await seedAudit(services, 1);
  await uncertainRaise();
});

afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('adopting an issue after an uncertain raise', () => {
  it('[P11.10d] [A11.12] never adopts an issue of another project that carries the property: it raises its own', async () => {
    const foreign = await decoy('OPS', 'Task');
    const outcome = await deliverChunk();
    expect(outcome).toMatchObject({ adopted: 0, raised: 1 });
    const record = (await services.store.get('trackedIssue', tracked))!.record;
    expect(record.state).toBe('raised');
    expect(record.issue?.key).toMatch(/^NC-/);
    expect(record.issue?.key).not.toBe(foreign);
  });

  it('[A11.12] still adopts the issue in the configured project, so a lost answer never doubles an issue', async () => {
    const own = await decoy('NC', 'Nonconformity');
    const outcome = await deliverChunk();
    expect(outcome).toMatchObject({ adopted: 1, raised: 0 });
    expect((await services.store.get('trackedIssue', tracked))!.record.issue?.key).toBe(own);
  });
});
