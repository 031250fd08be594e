import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { controlledDueDate, type DueDateExtensionRecord } from '../../domain/actions/dueDateExtension';
import { checkWindow, type CaPlanApprovalRecord, type CheckWindow } from '../../domain/actions/planApproval';
import type { FindingGrade, FindingRecord } from '../../domain/audits/finding';
import { effectivenessWaitDays, policyImplementationDate } from '../../domain/jira/dueDates';
import type { JiraSettings } from '../../domain/jira/jiraSettings';
import { dayIn } from '../../domain/review/kpis/days';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';
import { isSignedBy } from '../signing/signedRecord';

/** The dates that control one corrective action, read from its records and the policy. */
export interface ActionDates {
  /** The latest implementation date the policy allows (the strictest finding's), or null. */
  policyDate: { date: string; grade: FindingGrade } | null;
  /** The plan's date, or the latest signed approved extension's; null before a plan is made. */
  controlledDueDate: string | null;
  /** Days the effectiveness check waits after implementation (the longest of the findings' grades). */
  waitDays: number;
  /** When the effectiveness check may be made and is due; null before implementation. */
  check: CheckWindow | null;
  extensions: Array<StoredRecord<DueDateExtensionRecord> & { signed: boolean }>;
  planApproval: StoredRecord<CaPlanApprovalRecord> | null;
}

/**
 * Extensions with whether each is a signed approval (its decider's current `approved` signature
 * with an intact binding): an approval written but never signed moves no date.
 */
export function withSignedApprovals<E extends StoredRecord<DueDateExtensionRecord>>(
  services: AppServices,
  extensions: readonly E[],
): Promise<Array<E & { signed: boolean }>> {
  return Promise.all(
    extensions.map(async (e) => ({
      ...e,
      signed:
        e.record.decision?.result === 'approved' &&
        (await isSignedBy(
          services,
          { recordType: 'dueDateExtension', recordId: e.id },
          'approved',
          e.record.decision.by,
        )),
    })),
  );
}

/** Every extension of an action, oldest first, each with whether its approval is signed. */
export async function extensionsOf(services: AppServices, correctiveActionId: string) {
  const all = await services.store.listBy('dueDateExtension', 'correctiveActionId', correctiveActionId);
  return withSignedApprovals(
    services,
    [...all].sort((a, b) => a.record.requestedAt.localeCompare(b.record.requestedAt)),
  );
}

export interface DatePolicy {
  settings: JiraSettings | null;
  workingDays: readonly number[];
  timeZone: string;
}

/** The dates of an action from records already read (the overdue list reads them once for all). */
export function datesOf(
  policy: DatePolicy,
  action: CorrectiveActionRecord,
  findings: readonly FindingRecord[],
  records: Pick<ActionDates, 'extensions' | 'planApproval'>,
): ActionDates {
  const { settings } = policy;
  const policyDate = settings
    ? policyImplementationDate(
        settings,
        findings.map((f) => ({ grade: f.content.grade, raisedOn: f.raisedOn })),
        policy.workingDays,
      )
    : null;
  const waitDays = settings
    ? effectivenessWaitDays(
        settings,
        findings.map((f) => f.content.grade),
      )
    : 0;
  // Only extensions of the current plan count: a plan made after a "not effective" check sets its own date.
  const plan = action.plan;
  const ofThisPlan = records.extensions.filter((e) => e.signed && plan !== null && e.record.requestedAt >= plan.at);
  const implementedOn = dayIn(policy.timeZone, action.implementation?.at);
  return {
    policyDate,
    controlledDueDate: plan
      ? controlledDueDate(
          plan.dueDate,
          ofThisPlan.map((e) => e.record),
        )
      : null,
    waitDays,
    check: implementedOn
      ? checkWindow({ implementedOn, waitDays, checkDueDate: records.planApproval?.record.checkDueDate ?? null })
      : null,
    ...records,
  };
}

/** The dates of one action, reading its extensions and plan approval. */
export async function actionDates(
  services: AppServices,
  policy: DatePolicy,
  stored: StoredRecord<CorrectiveActionRecord>,
  findings: readonly FindingRecord[],
): Promise<ActionDates> {
  const approvalId = stored.record.planApprovalId;
  return datesOf(policy, stored.record, findings, {
    extensions: await extensionsOf(services, stored.id),
    planApproval: approvalId ? await services.store.get('caPlanApproval', approvalId) : null,
  });
}
