import type { CaVerificationRecord } from '../../actions/caVerification';
import type { CorrectiveActionRecord, CorrectiveActionState } from '../../actions/correctiveAction';
import type { DueDateExtensionRecord } from '../../actions/dueDateExtension';
import { findingClosure, type FindingClosure } from '../../actions/findingClosure';
import type { NcExemptionRecord } from '../../actions/ncExemption';
import { checkOverdue } from '../../actions/overdueRules';
import type { CheckWindow } from '../../actions/planApproval';
import { isNonconformity, type FindingGrade, type FindingRecord } from '../../audits/finding';
import { findingDueDates } from '../../jira/dueDates';
import type { JiraSettings } from '../../jira/jiraSettings';
import { dayIn } from '../kpis/days';
import { effectivenessChallenges, type EffectivenessChallenge } from './effectivenessChallenge';
import { findingSourceOf } from './findingSource';

/** One corrective action with the dates that control it (worked out by the app from the policy). */
export interface CapaActionFacts {
  id: string;
  record: CorrectiveActionRecord;
  dates: { policyDate: string | null; controlledDueDate: string | null; check: CheckWindow | null };
  /** Every extension asked for, oldest first; an approval counts only when `signed`. */
  extensions: ReadonlyArray<{ record: DueDateExtensionRecord; signed: boolean }>;
  /** Its effectiveness verifications, oldest first. */
  verifications: readonly CaVerificationRecord[];
}

export interface CapaReportFacts {
  findings: ReadonlyArray<{
    id: string;
    record: FindingRecord;
    /** Its NC issue as the app last saw it (Jira's status category), or null when never raised. */
    issue: { key: string; statusCategory: 'new' | 'indeterminate' | 'done' } | null;
  }>;
  actions: readonly CapaActionFacts[];
  /** Exemptions from corrective action, each with whether its `closure` signature holds. */
  exemptions: ReadonlyArray<{ record: NcExemptionRecord; signed: boolean }>;
  /** The due-date policy (null: not configured) and the programme's working days and time zone. */
  policy: { settings: Pick<JiraSettings, 'dueDates'> | null; workingDays: readonly number[]; timeZone: string };
  /** Display names by account id; an id without one shows as itself. */
  names: ReadonlyMap<string, string>;
  today: string;
}

export interface CapaExtensionRow {
  fromDate: string;
  toDate: string;
  reason: string;
  approverId: string;
  approverName: string;
  approvedOn: string | null;
}

/**
 * One line of the CAPA effectiveness report: a finding and one of its corrective actions, or a
 * finding with none (its action columns empty). Finding columns repeat on each of its actions.
 */
export interface CapaReportRow {
  findingId: string;
  source: string;
  grade: FindingGrade;
  itemId: string;
  areaId: string;
  raisedOn: string;
  /** The policy's date for the finding's corrective-action plan. */
  planDueByPolicy: string | null;
  findingIssueKey: string | null;
  /** Jira says the NC issue is done (its status category), whatever the app says. */
  jiraDone: boolean;
  correctiveActionId: string | null;
  actionTitle: string | null;
  actionState: CorrectiveActionState | null;
  /** The latest implementation date the policy allows the action. */
  policyDueDate: string | null;
  /** The plan's own due date. */
  plannedDate: string | null;
  /** Signed approved extensions, oldest first, and the date the latest one moved it to. */
  extensions: CapaExtensionRow[];
  extendedTo: string | null;
  /** The controlled due date: the plan's, or the latest signed extension's. */
  dueDate: string | null;
  implementedOn: string | null;
  checkDueOn: string | null;
  verifiedOn: string | null;
  verifierId: string | null;
  verifierName: string | null;
  /** The first verification's result (null: none yet). */
  effectiveAtFirstCheck: boolean | null;
  actionClosedOn: string | null;
  /** See `onTimeOf`; null while it can still be either. */
  onTime: boolean | null;
  checkOverdue: { dueDate: string; daysOverdue: number } | null;
  challengedBy: EffectivenessChallenge[];
  /** The finding closed or not, by the one rule (`findingClosure`). */
  closure: FindingClosure;
  exemption: { byId: string; byName: string; reason: string; on: string | null; signed: boolean } | null;
}

const nameOf = (names: ReadonlyMap<string, string>, id: string) => names.get(id) ?? id;

/**
 * On time or not. An action is on time when it was implemented by its controlled due date and
 * closed (verified effective) by its effectiveness check's due date — the check cannot be made
 * before the policy's waiting period, so the check's date, set when the plan was approved, is the
 * controlled date for closing (it is the controlled due date itself where the policy waits 0
 * days). Late as soon as either date passes without its step; null while neither has.
 */
export function onTimeOf(terms: {
  closedOn: string | null;
  implementedOn: string | null;
  dueDate: string | null;
  checkDueOn: string | null;
  today: string;
}): boolean | null {
  const { closedOn, implementedOn, dueDate, checkDueOn, today } = terms;
  if (dueDate === null) return null;
  const closeBy = checkDueOn ?? dueDate;
  const implementedLate = implementedOn === null ? today > dueDate : implementedOn > dueDate;
  if (implementedLate) return false;
  if (closedOn !== null) return closedOn <= closeBy;
  return implementedOn !== null && today > closeBy ? false : null;
}

function actionColumns(facts: CapaReportFacts, action: CapaActionFacts) {
  const { policy, names, today } = facts;
  const record = action.record;
  const extensions = action.extensions
    .filter((e) => e.signed && e.record.decision?.result === 'approved')
    .map((e) => ({
      fromDate: e.record.fromDate,
      toDate: e.record.toDate,
      reason: e.record.justification,
      approverId: e.record.decision!.by,
      approverName: nameOf(names, e.record.decision!.by),
      approvedOn: dayIn(policy.timeZone, e.record.decision!.at),
    }));
  const closedOn = record.state === 'closed' ? dayIn(policy.timeZone, record.closedAt) : null;
  // The verification that closed it, else the latest one: who judged it last, and when.
  const verifications = action.verifications;
  const judged =
    (record.state === 'closed' ? verifications.filter((v) => v.result === 'effective').at(-1) : undefined) ??
    verifications.at(-1);
  const implementedOn = dayIn(policy.timeZone, record.implementation?.at);
  const checkDueOn = action.dates.check?.dueOn ?? null;
  return {
    correctiveActionId: action.id,
    actionTitle: record.title,
    actionState: record.state,
    policyDueDate: action.dates.policyDate,
    plannedDate: record.plan?.dueDate ?? judged?.verifiedAction?.plan.dueDate ?? null,
    extensions,
    extendedTo: extensions.at(-1)?.toDate ?? null,
    dueDate: action.dates.controlledDueDate,
    implementedOn,
    checkDueOn,
    verifiedOn: judged ? dayIn(policy.timeZone, judged.verifiedAt) : null,
    verifierId: judged?.verifierId ?? null,
    verifierName: judged ? nameOf(names, judged.verifierId) : null,
    effectiveAtFirstCheck: verifications[0] ? verifications[0].result === 'effective' : null,
    actionClosedOn: closedOn,
    onTime: onTimeOf({ closedOn, implementedOn, dueDate: action.dates.controlledDueDate, checkDueOn, today }),
    checkOverdue: checkOverdue(record, checkDueOn, today),
  };
}

const noAction = {
  correctiveActionId: null,
  actionTitle: null,
  actionState: null,
  policyDueDate: null,
  plannedDate: null,
  extensions: [],
  extendedTo: null,
  dueDate: null,
  implementedOn: null,
  checkDueOn: null,
  verifiedOn: null,
  verifierId: null,
  verifierName: null,
  effectiveAtFirstCheck: null,
  actionClosedOn: null,
  onTime: null,
  checkOverdue: null,
} as const;

/**
 * The CAPA effectiveness report (ISO 27001 10.2 d and f–g): what an inspector asks of each
 * nonconformity — where it came from, its grade, when it was raised, planned, extended (by whom
 * and why), implemented, verified and closed, on time or not, effective at the first check, who
 * verified it, and any signed exemption. Every nonconformity is in it; an observation or an
 * opportunity for improvement only when it has an action or an exemption (otherwise there is no
 * CAPA to report). Closed means what `findingClosure` says, as everywhere else. Oldest first.
 */
export function capaEffectivenessReport(facts: CapaReportFacts): CapaReportRow[] {
  const { policy, names } = facts;
  const exemptions = new Map(facts.exemptions.map((e) => [e.record.findingId, e]));
  const repeats = facts.findings.map((f) => ({ id: f.id, raisedOn: f.record.raisedOn, repeatOf: f.record.repeatOf }));
  const rows: CapaReportRow[] = [];
  const sorted = [...facts.findings].sort(
    (a, b) => a.record.raisedOn.localeCompare(b.record.raisedOn) || a.id.localeCompare(b.id),
  );
  for (const finding of sorted) {
    const content = finding.record.content;
    const actions = facts.actions
      .filter((a) => a.record.findingIds.includes(finding.id))
      .sort((a, b) => a.record.openedAt.localeCompare(b.record.openedAt));
    const exempted = exemptions.get(finding.id) ?? null;
    if (!isNonconformity(content.grade) && actions.length === 0 && exempted === null) continue;
    const closure = findingClosure({
      actions: actions.map((a) => a.record),
      exemption: exempted?.record ?? null,
      timeZone: policy.timeZone,
    });
    const findingColumns = {
      findingId: finding.id,
      source: findingSourceOf(finding.record),
      grade: content.grade,
      itemId: content.itemId,
      areaId: content.areaId,
      raisedOn: finding.record.raisedOn,
      planDueByPolicy: policy.settings
        ? findingDueDates(policy.settings, content.grade, finding.record.raisedOn, policy.workingDays).plan
        : null,
      findingIssueKey: finding.issue?.key ?? null,
      jiraDone: finding.issue?.statusCategory === 'done',
      closure,
      exemption: exempted
        ? {
            byId: exempted.record.by,
            byName: nameOf(names, exempted.record.by),
            reason: exempted.record.reason,
            on: dayIn(policy.timeZone, exempted.record.at),
            signed: exempted.signed,
          }
        : null,
    };
    if (actions.length === 0) {
      rows.push({ ...findingColumns, ...noAction, extensions: [], challengedBy: [] });
      continue;
    }
    for (const action of actions) {
      rows.push({
        ...findingColumns,
        ...actionColumns(facts, action),
        challengedBy: effectivenessChallenges({
          action: action.record,
          findings: repeats,
          timeZone: policy.timeZone,
        }),
      });
    }
  }
  return rows;
}
