import type { CaVerificationView, CorrectiveActionView } from '../../contract/actions';
import type { AppRole } from '../../domain/access/appRole';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { actionOverdue, checkOverdue, planOverdue } from '../../domain/actions/overdueRules';
import { actionDates, type ActionDates } from './actionDates';
import { effectivenessChallenges } from '../../domain/review/capa/effectivenessChallenge';
import { hasAccess } from '../../domain/access/appRole';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { FindingRecord } from '../../domain/audits/finding';
import { describeSource } from '../../domain/findings/findingSource';
import { jiraIssuePath } from '../../domain/links/siteLinks';
import { findingDueDates } from '../../domain/jira/dueDates';
import type { JiraSettings } from '../../domain/jira/jiraSettings';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from '../access/callerRoles';
import { cycleContext } from '../programme/cycleContext';
import { signaturesOf } from '../signing/signatures';
import { lookupOnce } from '../lookupOnce';
import { competenceFor } from '../../domain/auditors/competence';
import type { AppServices, Caller } from '../services';
import { mayVerify, mayWorkOn } from './actionAccess';
import { verificationsOf } from './actionRecords';
import { issueOf } from '../jira/trackedIssues';
import { savedJiraSettings } from '../jira/savedSettings';

/** A finding's short name in lists: its clause or control and that item's title. */
export const findingTitle = (finding: FindingRecord) =>
  `${finding.content.itemId} ${catalogueItem(finding.content.itemId)?.title ?? ''}`.trim();

/** Site-relative link to an issue (the panel and pages live on the same site). */
export const browseLink = jiraIssuePath;

/** What every view of one request shares, read once: who asks, today, the policy, names. */
export interface ViewContext {
  caller: Caller;
  roles: AppRole[];
  today: string;
  workingDays: number[];
  timeZone: string;
  /** Whether the caller holds an auditor certificate valid today (the auditor register). */
  qualified(): Promise<boolean>;
  settings: JiraSettings | null;
  name(accountId: string): Promise<string>;
  finding(id: string): Promise<StoredRecord<FindingRecord> | null>;
  area(id: string): Promise<AuditableArea | null>;
  auditTitle(id: string): Promise<string>;
  /**
   * The findings in these areas that repeat earlier ones (for challenged effectiveness): a repeat
   * is always in the area of what it repeats. Each area is read at most once per request.
   */
  repeatFindings(areaIds: readonly string[]): Promise<Array<{ id: string; raisedOn: string; repeatOf: string[] }>>;
}

export async function viewContext(services: AppServices, caller: Caller): Promise<ViewContext> {
  const context = await cycleContext(services);
  const name = lookupOnce((id) => services.directory.displayName(id));
  const finding = lookupOnce((id) => services.store.get('finding', id));
  const area = lookupOnce(async (id) => (await services.store.get('auditableArea', id))?.record ?? null);
  const auditTitle = lookupOnce(async (id) => (await services.store.get('audit', id))?.record.plan.title ?? id);
  // An empty scope asks only for a certificate valid today: verifying is judging, not auditing an area.
  const qualified = lookupOnce(async (accountId) => {
    const auditor = await services.store.get('auditor', accountId);
    return auditor !== null && competenceFor(auditor.record, [], context.today).competent;
  });
  // No index finds a finding by what it repeats, but a repeat shares its area (repeatFindings.ts):
  // an area's findings are one indexed read, only when a view needs it (a closed action).
  const repeatsIn = lookupOnce(async (areaId) =>
    (await services.store.listBy('finding', 'areaId', areaId))
      .filter((f) => f.record.repeatOf.length > 0)
      .map((f) => ({ id: f.id, raisedOn: f.record.raisedOn, repeatOf: f.record.repeatOf })),
  );
  const repeatFindings = async (areaIds: readonly string[]) =>
    (await Promise.all([...new Set(areaIds)].map((areaId) => repeatsIn(areaId)))).flat();
  return {
    caller,
    roles: await callerRoles(services, caller.accountId),
    today: context.today,
    workingDays: context.settings.workingDays,
    timeZone: context.settings.timeZone,
    qualified: () => qualified(caller.accountId),
    settings: await savedJiraSettings(services),
    name,
    finding,
    area,
    auditTitle,
    repeatFindings,
  };
}

/** The findings an action answers that still exist, in its order. */
export async function findingsOf(context: ViewContext, findingIds: readonly string[]): Promise<FindingRecord[]> {
  const found = await Promise.all(findingIds.map((id) => context.finding(id)));
  return found.filter((f): f is StoredRecord<FindingRecord> => f !== null).map((f) => f.record);
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
  dates: Pick<ActionDates, 'controlledDueDate' | 'check'>,
): CorrectiveActionView['overdue'] {
  const late = actionOverdue(action, context.today, dates.controlledDueDate);
  if (late) return { kind: 'action', ...late };
  const lateCheck = checkOverdue(action, dates.check?.dueOn ?? null, context.today);
  if (lateCheck) return { kind: 'check', ...lateCheck };
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
      // A nonconformity from outside an audit is named by its source where an audit would be.
      auditTitle:
        f.record.auditId === null ? describeSource(f.record.source) : await context.auditTitle(f.record.auditId),
      issueKey: (await issueOf(services, 'finding', f.id))?.issue.key ?? null,
    })),
  );
  // One area per finding, a missing one kept as null: mayWorkOn needs every finding to be the caller's.
  const areas = await Promise.all(findings.map((f) => context.area(f.record.content.areaId)));
  const linked = await issueOf(services, 'correctiveAction', stored.id);
  const dates = await actionDates(
    services,
    context,
    stored,
    findings.map((f) => f.record),
  );
  const approval = dates.planApproval;
  const approvalSignature = approval
    ? (await signaturesOf(services, { recordType: 'caPlanApproval', recordId: approval.id })).signatures.find(
        (s) => s.meaning === 'approved' && s.signerAccountId === approval.record.approverId,
      )
    : undefined;
  const mayWork = mayWorkOn(context.caller.accountId, context.roles, areas);
  const pending = dates.extensions.find((e) => e.record.decision === null);
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
      dates,
    ),
    dates: {
      policyDate: dates.policyDate?.date ?? null,
      policyGrade: dates.policyDate?.grade ?? null,
      controlledDueDate: dates.controlledDueDate,
      waitDays: dates.waitDays,
      check: dates.check,
    },
    planApproval: approval
      ? {
          id: approval.id,
          approval: approval.record,
          approverName: await context.name(approval.record.approverId),
          signature: approvalSignature ?? null,
        }
      : null,
    extensions: await Promise.all(
      dates.extensions.map(async (e) => ({
        id: e.id,
        version: e.version,
        extension: e.record,
        requesterName: await context.name(e.record.requestedBy),
        deciderName: e.record.decision ? await context.name(e.record.decision.by) : null,
        signed: e.signed,
      })),
    ),
    challengedBy:
      action.state === 'closed'
        ? effectivenessChallenges({
            action,
            findings: await context.repeatFindings(findings.map((f) => f.record.content.areaId)),
            timeZone: context.timeZone,
          })
        : [],
    may: {
      recordStep: ['rootCause', 'extent', 'plan', 'implementation'].includes(action.state) && mayWork,
      approvePlan:
        action.state === 'planApproval' &&
        hasAccess(context.roles, ['programmeManager', 'leadAuditor']) &&
        action.plan?.ownerId !== context.caller.accountId,
      requestExtension: (action.state === 'planApproval' || action.state === 'implementation') && mayWork && !pending,
      decideExtension:
        pending !== undefined &&
        hasAccess(context.roles, ['programmeManager']) &&
        pending.record.requestedBy !== context.caller.accountId,
      verify:
        action.state === 'verification' &&
        mayVerify(context.caller.accountId, context.roles, action, areas, assigneeId, await context.qualified()),
    },
  };
}
