import type { CorrectiveActionRecord } from '../../../src/domain/actions/correctiveAction';
import { suggestedJiraSettings, type JiraSettings } from '../../../src/domain/jira/jiraSettings';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import { FindingRecord, type FindingGrade } from '../../../src/domain/audits/finding';
import type { AppServices } from '../../../src/app/services';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { demoUsers } from '../../../sandbox/site/users';
import { runAs } from '../../../sandbox/platform/invocation';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { ProjectPermission } from '../../../sandbox/jira/model';

/**
 * The raising and linking suites' world: the demo's NC and CA projects, one audit of one area with
 * as many findings as a case needs, and the Jira settings written straight to the store (their
 * own resolver has suites of its own). Everything runs through the real handlers on the platform.
 */

export const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;
export const lead = demoUsers.filter((u) => !u.siteAdmin)[0]!.accountId;
/** A programme manager in the app who may only browse the NC project in Jira. */
export const browseOnly = demoUsers.filter((u) => !u.siteAdmin)[1]!.accountId;

export const auditId = 'audit-raise';
export const areaId = 'area-it';
export const findingId = (n: number) => `finding-${String(n).padStart(4, '0')}`;

export function raisingPlatform(): SandboxPlatform {
  const platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  const permissions: Record<string, ProjectPermission[]> = { [browseOnly]: ['BROWSE_PROJECTS'] };
  platform.jira.configureProject({
    key: 'NC',
    name: 'Nonconformities',
    issueTypes: [{ name: 'Nonconformity' }],
    workflow: demoWorkflow,
    permissions,
  });
  platform.jira.configureProject({
    key: 'CA',
    name: 'Corrective actions',
    issueTypes: [{ name: 'Corrective action' }],
    workflow: demoWorkflow,
  });
  return platform;
}

/**
 * The app's services as its handlers build them (Forge SQL through the platform). Loaded at call
 * time: each test resets the module registry (jest.resetModules) so the app's once-per-instance
 * state (migrations run, field ids) starts afresh with each new platform, as a new install would.
 * `invokerId` is whom a resolver would run for: the only account the user-facing views may act as.
 */
export const appServices = (invokerId?: string): Promise<AppServices> => {
  type Entry = typeof import('../../../src/entry/forgeServices');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { forgeServices } = require('../../../src/entry/forgeServices') as Entry;
  return runAs(invokerId, () => forgeServices(invokerId));
};

async function put(services: AppServices, entity: string, id: string, after: unknown): Promise<void> {
  const before = await services.store.get(entity as never, id);
  await services.store.apply({
    entity: entity as never,
    id,
    before,
    after: after as never,
    actor: manager,
    at: new Date(),
  });
}

const grades: FindingGrade[] = ['majorNC', 'minorNC', 'observation', 'opportunity'];

/** Roles, the area, the audit with `findings` findings, and (unless told not to) the Jira settings. */
export async function seedAudit(
  services: AppServices,
  findings: number,
  options: { settings?: JiraSettings | null } = {},
): Promise<void> {
  await put(services, 'userRoles', manager, { accountId: manager, roles: ['programmeManager'] });
  await put(services, 'userRoles', lead, { accountId: lead, roles: ['leadAuditor'] });
  await put(services, 'userRoles', browseOnly, { accountId: browseOnly, roles: ['programmeManager'] });
  await put(services, 'auditableArea', areaId, {
    name: 'IT operations',
    ownerId: browseOnly,
    memberIds: [],
    likelihood: 4,
    impact: 4,
    itemIds: ['A.8.13', 'A.5.18'],
  });
  await put(
    services,
    'audit',
    auditId,
    AuditRecord.parse({
      programmeId: 'cycle-2026-01-01',
      state: 'inProgress',
      origin: { kind: 'manual' },
      plan: {
        title: 'IT operations audit',
        areaIds: [areaId],
        itemIds: ['A.8.13', 'A.5.18'],
        leadAuditorId: lead,
        plannedStart: '2026-11-23',
        plannedEnd: '2026-11-27',
      },
    }),
  );
  for (let n = 1; n <= findings; n += 1) {
    const grade = grades[n % grades.length]!;
    await put(
      services,
      'finding',
      findingId(n),
      FindingRecord.parse({
        auditId,
        raisedOn: '2026-11-24',
        raisedBy: lead,
        content: {
          grade,
          itemId: n % 2 === 0 ? 'A.8.13' : 'A.5.18',
          areaId,
          requirement: 'Backups are tested by restoring them on a schedule',
          evidence: `Restore log ${n} shows no test since March`,
          gap: grade === 'majorNC' || grade === 'minorNC' ? 'No restore test in two quarters' : '',
        },
      }),
    );
  }
  if (options.settings !== null) await put(services, 'jiraSettings', 'jira', options.settings ?? suggestedJiraSettings);
}

export function actionRecord(findingIds: string[], title = 'Schedule quarterly restore tests'): CorrectiveActionRecord {
  const at = new Date().toISOString();
  return {
    findingIds,
    auditIds: [auditId],
    title,
    state: 'rootCause',
    correction: { text: 'Ran a restore test of the LIMS database now', by: lead, at },
    rootCause: null,
    extent: null,
    plan: null,
    implementation: null,
    planApprovalId: null,
    verificationIds: [],
    notEffectiveCount: 0,
    overdueNotifiedOn: null,
    openedBy: lead,
    openedAt: at,
    closedAt: null,
  };
}

export async function writeAction(services: AppServices, id: string, record: CorrectiveActionRecord): Promise<void> {
  await put(services, 'correctiveAction', id, record);
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };

/** A resolver call as a Custom UI makes it. */
export const invoke = <T>(platform: SandboxPlatform, name: string, payload: unknown, as = manager) =>
  platform.invoke(name, payload, as) as Promise<Answer<T>>;

export async function value<T>(answer: Promise<Answer<T>>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value;
}

/**
 * Runs the queue until nothing is left, moving the sandbox clock over every delay the consumer
 * asked for (Retry-After, back-off) instead of waiting for it.
 */
export async function runQueue(platform: SandboxPlatform): Promise<void> {
  for (let turn = 0; turn < 2000; turn += 1) {
    await platform.tick();
    if (platform.queues.pendingCount() === 0) return;
    platform.clock.advance(301_000);
  }
  throw new Error('runQueue: the raise queue never emptied');
}

/** Every issue that names a finding in its audit property, by finding id (searched as the app). */
export async function issuesByFinding(platform: SandboxPlatform): Promise<Map<string, string[]>> {
  const byFinding = new Map<string, string[]>();
  let token: string | undefined;
  do {
    const answer = await platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: 'project in (NC, CA) ORDER BY key ASC',
        maxResults: 100,
        properties: ['iso27001-audit'],
        ...(token ? { nextPageToken: token } : {}),
      },
      undefined,
      'app',
    );
    const page = answer.body as {
      issues: Array<{ key: string; properties?: Record<string, { findingId?: string | null }> }>;
      nextPageToken?: string;
    };
    for (const issue of page.issues) {
      const finding = issue.properties?.['iso27001-audit']?.findingId;
      if (finding) byFinding.set(finding, [...(byFinding.get(finding) ?? []), issue.key]);
    }
    token = page.nextPageToken;
  } while (token);
  return byFinding;
}

/** How many issues a JQL query finds (ids only, 5,000 a page). */
export async function countIssues(platform: SandboxPlatform, jql: string): Promise<number> {
  let total = 0;
  let token: string | undefined;
  do {
    const answer = await platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/search/jql',
      { jql, maxResults: 5000, ...(token ? { nextPageToken: token } : {}) },
      undefined,
      'app',
    );
    const page = answer.body as { issues: unknown[]; nextPageToken?: string };
    total += page.issues.length;
    token = page.nextPageToken;
  } while (token);
  return total;
}
