import type { CaVerificationView, CorrectiveActionView } from '../../contract/actions';
import type { AppRole } from '../../domain/access/appRole';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { actionOverdue, planOverdue } from '../../domain/actions/overdueRules';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { FindingRecord } from '../../domain/audits/finding';
import { findingDueDates } from '../../domain/jira/dueDates';
import type { JiraSettings } from '../../domain/jira/jiraSettings';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from '../access/callerRoles';
import { cycleContext } from '../programme/cycleContext';
import { signaturesOf } from '../signing/signatures';
import { lookupOnce } from '../lookupOnce';
import type { AppServices, Caller } from '../services';
import { mayVerify, mayWorkOn } from './actionAccess';
import { verificationsOf } from './actionRecords';
import { issueOf } from '../jira/trackedIssues';
import { savedJiraSettings } from '../jira/savedSettings';

/** A finding's short name in lists: its clause or control and that item's title. */
export const findingTitle = (finding: FindingRecord) =>
  `${finding.content.itemId} ${catalogueItem(finding.content.itemId)?.title ?? ''}`.trim();

/** Site-relative link to an issue (the panel and pages live on the same site). */
export const browseLink = (issueKey: string) => `/browse/${issueKey}`;

/** What every view of one request shares, read once: who asks, today, the policy, names. */
export interface ViewContext {
  caller: Caller;
  roles: AppRole[];
  today: string;
  workingDays: number[];
  settings: JiraSettings | null;
  name(accountId: string): Promise<string>;
  finding(id: string): Promise<StoredRecord<FindingRecord> | null>;
  area(id: string): Promise<AuditableArea | null>;
  auditTitle(id: string): Promise<string>;
}

export async function viewContext(services: AppServices, caller: Caller): Promise<ViewContext> {
  const context = await cycleContext(services);
  const name = lookupOnce((id) => services.directory.displayName(id));
  const finding = lookupOnce((id) => services.store.get('finding', id));
  const area = lookupOnce(async (id) => (await services.store.get('auditableArea', id))?.record ?? null);
  const auditTitle = lookupOnce(async (id) => (await services.store.get('audit', id))?.record.plan.title ?? id);
  return {
    caller,
    roles: await callerRoles(services, caller.accountId),
    today: context.today,
    workingDays: context.settings.workingDays,
    settings: await savedJiraSettings(services),
    name,
    finding,
    area,
    auditTitle,
  };
}

/** The plan due date of an action's findings under the policy: the earliest one. */
export function planDueOf(context: ViewContext, findings: readonly FindingRecord[]): string | null {
  if (!context.settings) return null;
  const dates = findings
    .map((f) => findingDueDates(context.settings!, f.content.grade, f.raisedOn, context.workingDays).plan)
    .filter((d): d is string => d !== null)
    .sort();
  return dates[0] ?? null;
}

export function overdueOf(
  context: ViewContext,
  action: CorrectiveActionRecord,
  findings: readonly FindingRecord[],
): CorrectiveActionView['overdue'] {
  const late = actionOverdue(action, context.today);
  if (late) return { kind: 'action', ...late };
  if (action.state === 'closed') return null;
  const latePlan = planOverdue(planDueOf(context, findings), action.plan !== null, context.today);
  return latePlan ? { kind: 'plan', ...latePlan } : null;
}

export async function verificationViews(services: AppServices, context: ViewContext, correctiveActionId: string) {
  const views: CaVerificationView[] = [];
  for (const stored of await verificationsOf(services, correctiveActionId)) {
    const { signatures } = await signaturesOf(services, { recordType: 'caVerification', recordId: stored.id });
    const signature = signatures.find(
      (s) => s.meaning === 'verified' && s.signerAccountId === stored.record.verifierId,
    );
    views.push({
      id: stored.id,
      verification: stored.record,
      verifierName: await context.name(stored.record.verifierId),
      signature: signature ?? null,
    });
  }
  return views;
}

export async function toActionView(
  services: AppServices,
  context: ViewContext,
  stored: StoredRecord<CorrectiveActionRecord>,
): Promise<CorrectiveActionView> {
  const action = stored.record;
  const findings = (await Promise.all(action.findingIds.map((id) => context.finding(id)))).filter(
    (f): f is StoredRecord<FindingRecord> => f !== null,
  );
  const findingViews = await Promise.all(
    findings.map(async (f) => ({
      id: f.id,
      title: findingTitle(f.record),
      grade: f.record.content.grade,
      auditTitle: await context.auditTitle(f.record.auditId),
      issueKey: (await issueOf(services, 'finding', f.id))?.issue.key ?? null,
    })),
  );
  // One area per finding, a missing one kept as null: mayWorkOn needs every finding to be the caller's.
  const areas = await Promise.all(findings.map((f) => context.area(f.record.content.areaId)));
  const linked = await issueOf(services, 'correctiveAction', stored.id);
  // The mirror (events, reconciliation) is the assignee as last seen: enough to decide what to offer.
  const assigneeId = linked?.tracked.record.jira?.assigneeId ?? null;
  return {
    id: stored.id,
    version: stored.version,
    action,
    findings: findingViews,
    issueKey: linked?.issue.key ?? null,
    issueUrl: linked ? browseLink(linked.issue.key) : null,
    ownerName: action.plan ? await context.name(action.plan.ownerId) : null,
    implementerName: action.implementation ? await context.name(action.implementation.by) : null,
    verifications: await verificationViews(services, context, stored.id),
    overdue: overdueOf(
      context,
      action,
      findings.map((f) => f.record),
    ),
    may: {
      recordStep:
        action.state !== 'verification' &&
        action.state !== 'closed' &&
        mayWorkOn(context.caller.accountId, context.roles, areas),
      verify: mayVerify(context.caller.accountId, context.roles, action, assigneeId),
    },
  };
}
