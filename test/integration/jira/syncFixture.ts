import { Failure } from '../../../src/domain/failure';
import type { CorrectiveActionRecord } from '../../../src/domain/actions/correctiveAction';
import type { TrackedIssueRecord } from '../../../src/domain/jira/trackedIssue';
import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import { ensureMigrated } from '../../../src/adapters/forge/runMigrations';
import { migrations } from '../../../src/adapters/sql/migrations';
import { forgeServices } from '../../../src/entry/forgeServices';
import { auditPropertyKey } from '../../../src/ports/jira';
import type { RecordStore } from '../../../src/ports/recordStore';
import { demoUsers } from '../../../sandbox/site/users';
import { runAs } from '../../../sandbox/platform/invocation';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

/**
 * Mapped corrective-action issues for the sync tests and the reconcile bench, made without the
 * raising path: issues created as the app (bulk, 50 a call, with the audit property, as raising
 * does) and their tracked records written to the store directly.
 */

export const siteAdmin = demoUsers.find((u) => u.siteAdmin)!.accountId;
export const jiraUser = demoUsers.find((u) => !u.siteAdmin)!.accountId;
export const otherUser = demoUsers.filter((u) => !u.siteAdmin)[1]!.accountId;
export const policyDueDate = '2027-01-08';

/** When Jira's clock stands still at the start: the same instants in every run, so runs compare. */
export const jiraStart = new Date('2026-11-24T09:00:00.000Z');

export function syncPlatform(): SandboxPlatform {
  const clock = new SandboxClock();
  // Exact instants: every Jira write happens at a moment the test chose. The app's own clock runs
  // on in real time; the reconciliation only uses differences of it, so the offset does not matter.
  clock.freeze(jiraStart);
  const platform = new SandboxPlatform({ clock, pointsPerHour: 1e12 });
  platform.jira.configureProject({
    key: 'CA',
    name: 'Corrective actions',
    issueTypes: [{ name: 'Corrective action' }],
    workflow: {
      statuses: [
        { name: 'Action planned', category: 'new' },
        { name: 'Implemented', category: 'indeterminate' },
        { name: 'Awaiting verification', category: 'indeterminate' },
        { name: 'Closed', category: 'done' },
      ],
      initial: 'Action planned',
      transitions: [
        { name: 'Implement', from: ['Action planned'], to: 'Implemented' },
        { name: 'Ask for verification', from: ['Implemented'], to: 'Awaiting verification' },
        { name: 'Close', from: ['Awaiting verification'], to: 'Closed' },
      ],
    },
  });
  return platform;
}

/**
 * Makes sure this platform's SQL has the app's tables. The app migrates once per function
 * instance (as on Forge); a process that starts a second platform (a bench running case after
 * case) has that instance's "migrated" already set, so the list is applied here directly.
 */
export async function migrateIfFresh(platform: SandboxPlatform): Promise<void> {
  await runAs(undefined, () => ensureMigrated());
  if (platform.sql.kind !== 'sqlite') return;
  const tables = (await platform.sql.execute("SELECT name FROM sqlite_master WHERE name = 'audit_trail'", []))
    .rows as unknown[];
  if (tables.length > 0) return;
  // A migration marked `whereSupported` changes nothing SQLite can express (the app's runner
  // records it as done there), so it is not sent.
  for (const migration of migrations) if (!migration.whereSupported) await platform.sql.execute(migration.sql, []);
}

/** The app's store as its handlers see it (Forge SQL through the platform). */
export async function appStore(): Promise<RecordStore> {
  return (await runAs(undefined, () => forgeServices())).store;
}

export interface MappedIssue {
  actionId: string;
  issueId: string;
  key: string;
}

const jiraTime = (date: Date) => date.toISOString().replace('Z', '+0000');

async function jiraCall(platform: SandboxPlatform, method: string, path: string, body: unknown, as?: string) {
  const answer = await platform.requestProduct('jira', method, path, body, as, as ? 'user' : 'app');
  if (answer.status >= 300)
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

/** A user's edit in Jira (fires an issue event the app's trigger receives). */
export const editAsUser = (platform: SandboxPlatform, key: string, fields: Record<string, unknown>, as = siteAdmin) =>
  jiraCall(platform, 'PUT', `/rest/api/3/issue/${key}`, { fields }, as);

export async function transitionAsUser(platform: SandboxPlatform, key: string, name: string, as = siteAdmin) {
  const { transitions } = (await jiraCall(platform, 'GET', `/rest/api/3/issue/${key}/transitions`, undefined, as)) as {
    transitions: Array<{ id: string; name: string }>;
  };
  const transition = transitions.find((t) => t.name === name);
  if (!transition) throw new Error(`${key}: no transition ${name}`);
  await jiraCall(platform, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transition.id } }, as);
}

export const deleteAsUser = (platform: SandboxPlatform, key: string) =>
  jiraCall(platform, 'DELETE', `/rest/api/3/issue/${key}`, undefined, siteAdmin);

/** The issue as Jira holds it now. */
export async function jiraIssue(platform: SandboxPlatform, key: string) {
  const issue = (await jiraCall(
    platform,
    'GET',
    `/rest/api/3/issue/${key}?fields=status,duedate,assignee,updated`,
    undefined,
  )) as {
    fields: {
      status: { name: string };
      duedate: string | null;
      assignee: { accountId: string } | null;
      updated: string;
    };
  };
  return issue.fields;
}

function actionRecord(n: number, at: string): CorrectiveActionRecord {
  return {
    findingIds: [`finding-${n}`],
    auditIds: ['audit-1'],
    title: `Revoke leavers' VPN access (${n})`,
    state: 'implementation',
    correction: { text: 'Disabled the accounts found', by: siteAdmin, at },
    rootCause: { method: 'fiveWhys', text: 'No leaver checklist step', by: siteAdmin, at },
    extent: { text: 'Other remote-access tools', recurElsewhere: true, by: siteAdmin, at },
    plan: { text: 'Add the step and review monthly', ownerId: jiraUser, dueDate: policyDueDate, by: siteAdmin, at },
    implementation: null,
    planApprovalId: null,
    verificationIds: [],
    notEffectiveCount: 0,
    overdueNotifiedOn: null,
    openedBy: siteAdmin,
    openedAt: at,
    closedAt: null,
  };
}

async function write<K extends 'trackedIssue' | 'correctiveAction'>(
  store: RecordStore,
  entity: K,
  id: string,
  after: K extends 'trackedIssue' ? TrackedIssueRecord : CorrectiveActionRecord,
) {
  try {
    await store.apply({ entity, id, before: null, after, actor: siteAdmin, at: new Date() } as never);
  } catch (error) {
    throw error instanceof Failure ? new Error(`${entity} ${id}: ${error.message} (${error.field})`) : error;
  }
}

/**
 * `count` corrective actions with a Jira issue each, due on the policy's day. Only the first
 * `actionRecords` (default all) get their action record, whose plan holds the app's due date; the
 * rest have only the tracked record (the bench's 5,000 need no policy each).
 */
export async function seedMappedActions(
  platform: SandboxPlatform,
  count: number,
  options: { actionRecords?: number; from?: number } = {},
): Promise<MappedIssue[]> {
  await migrateIfFresh(platform);
  const store = await appStore();
  const from = options.from ?? 1;
  const issues: MappedIssue[] = [];
  for (let start = 0; start < count; start += 50) {
    const numbers = Array.from({ length: Math.min(50, count - start) }, (_, i) => from + start + i);
    const created = (await jiraCall(platform, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: numbers.map((n) => ({
        fields: {
          project: { key: 'CA' },
          issuetype: { name: 'Corrective action' },
          summary: `Revoke leavers' VPN access (${n})`,
          duedate: policyDueDate,
        },
        properties: [
          { key: auditPropertyKey, value: { auditId: 'audit-1', findingId: null, correctiveActionId: `ca-${n}` } },
        ],
      })),
    })) as { issues: Array<{ id: string; key: string }> };
    created.issues.forEach((issue, i) =>
      issues.push({ actionId: `ca-${numbers[i]}`, issueId: issue.id, key: issue.key }),
    );
  }
  const updated = jiraTime(platform.clock.now());
  const at = new Date().toISOString();
  for (const [i, issue] of issues.entries()) {
    if (i < (options.actionRecords ?? count)) {
      await write(store, 'correctiveAction', issue.actionId, actionRecord(from + i, at));
    }
    await write(store, 'trackedIssue', trackedIssueId('correctiveAction', issue.actionId), {
      subject: 'correctiveAction',
      subjectId: issue.actionId,
      auditId: 'audit-1',
      state: 'raised',
      issue: { id: issue.issueId, key: issue.key },
      jobId: null,
      attempts: 1,
      lastError: null,
      jira: {
        status: 'Action planned',
        statusCategory: 'new',
        dueDate: policyDueDate,
        assigneeId: null,
        updated,
        deleted: false,
      },
      history: [{ action: 'raised', issueKey: issue.key, at, by: siteAdmin, note: null }],
    });
  }
  return issues;
}

export async function trackedOf(actionId: string): Promise<TrackedIssueRecord> {
  const stored = await (await appStore()).get('trackedIssue', trackedIssueId('correctiveAction', actionId));
  if (!stored) throw new Error(`no tracked record for ${actionId}`);
  return stored.record;
}

/** Runs the scheduled reconciliation's handler as Forge would, now (the scheduler waits an hour). */
export const runReconciliation = (platform: SandboxPlatform) =>
  runAs(undefined, () => platform.runner.runScheduled('jira-reconciliation', 'jira-reconciliation-sweep'));

/** Moves Jira's clock on a second, so each edit has its own `updated`. */
export const nextSecond = (platform: SandboxPlatform) => platform.clock.advance(1000);
