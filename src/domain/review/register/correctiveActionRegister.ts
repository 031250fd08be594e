import type { CaVerificationRecord, VerificationResult } from '../../actions/caVerification';
import type { CorrectiveActionRecord, CorrectiveActionState } from '../../actions/correctiveAction';
import { actionOverdue, planOverdue } from '../../actions/overdueRules';
import { controlledDueDateOf, type DueDateExtensionRecord } from '../../actions/dueDateExtension';
import { findingDueDates } from '../../jira/dueDates';
import type { JiraSettings } from '../../jira/jiraSettings';
import type { TrackedIssueRecord } from '../../jira/trackedIssue';
import type { FindingGrade, FindingRecord } from '../../audits/finding';
import { todayIn } from '../../calendar/timeZone';
import type { FindingSourceKind } from '../../findings/findingSource';
import { findingStatus } from './findingStatus';
import { gradeSeverity } from './findingRegister';

/** One line of the corrective-action register (10.2): where each action stands, for the CSV. */
export interface CorrectiveActionRegisterRow {
  correctiveActionId: string;
  title: string;
  state: CorrectiveActionState;
  findingIds: string[];
  /** The worst grade among its findings (null when none of them is in the store any more). */
  grade: FindingGrade | null;
  /** Where its findings came from (internal audit, inspection, complaint…), each once, in their order. */
  sources: FindingSourceKind[];
  /** The day it was opened, in the programme's time zone. */
  openedOn: string;
  planOwnerId: string | null;
  /**
   * The controlled due date once planned (the plan's, or an approved extension's); before that, the
   * day the plan itself is due by policy.
   */
  dueDate: string | null;
  dueFor: 'implementation' | 'plan' | null;
  overdue: boolean;
  daysOverdue: number;
  verifications: number;
  notEffective: number;
  firstVerification: VerificationResult | null;
  closedAt: string | null;
  issueKey: string | null;
  jiraStatus: string;
}

export interface CorrectiveActionRegisterSource {
  actions: ReadonlyArray<{ id: string; record: CorrectiveActionRecord }>;
  verifications: ReadonlyMap<string, CaVerificationRecord>;
  findings: ReadonlyMap<string, FindingRecord>;
  /** Each action's tracked-issue record, by action id. */
  trackedByAction: ReadonlyMap<string, TrackedIssueRecord>;
  /** Due-date extensions (every action's): an approved one moves the controlled due date. */
  extensions: ReadonlyArray<{ record: DueDateExtensionRecord }>;
  duePolicy: Pick<JiraSettings, 'dueDates'> | null;
  workingDays: readonly number[];
  timeZone: string;
  period: { from: string; to: string };
  today: string;
}

/** The day an instant falls on in the programme's zone (the records keep instants). */
const dayOf = (instant: string, timeZone: string) => todayIn(timeZone, new Date(instant));

function registerRow(
  source: CorrectiveActionRegisterSource,
  id: string,
  action: CorrectiveActionRecord,
): CorrectiveActionRegisterRow {
  const findings = action.findingIds.flatMap((findingId) => {
    const finding = source.findings.get(findingId);
    return finding ? [finding] : [];
  });
  const grade = findings.map((f) => f.content.grade).sort((a, b) => gradeSeverity[a] - gradeSeverity[b])[0] ?? null;
  // As the action views say it: the action is late once its plan's date passed unimplemented; before
  // a plan exists, the plan is late once the earliest policy plan date of its findings passed.
  const policyPlanDue = source.duePolicy
    ? (findings
        .map((f) => findingDueDates(source.duePolicy!, f.content.grade, f.raisedOn, source.workingDays).plan)
        .filter((day): day is string => day !== null)
        .sort()[0] ?? null)
    : null;
  const controlled = controlledDueDateOf(id, action, source.extensions);
  const late =
    actionOverdue(action, source.today, controlled) ??
    (action.state === 'closed' ? null : planOverdue(policyPlanDue, action.plan !== null, source.today));
  const dueDate = controlled ?? policyPlanDue;
  const firstId = action.verificationIds[0];
  const jira = findingStatus(source.trackedByAction.get(id));
  return {
    correctiveActionId: id,
    title: action.title,
    state: action.state,
    findingIds: [...action.findingIds],
    grade,
    sources: [...new Set(findings.map((f) => f.source.kind))],
    openedOn: dayOf(action.openedAt, source.timeZone),
    planOwnerId: action.plan?.ownerId ?? null,
    dueDate,
    dueFor: action.plan ? 'implementation' : dueDate ? 'plan' : null,
    overdue: late !== null,
    daysOverdue: late?.daysOverdue ?? 0,
    verifications: action.verificationIds.length,
    notEffective: action.notEffectiveCount,
    firstVerification: firstId ? (source.verifications.get(firstId)?.result ?? null) : null,
    closedAt: action.closedAt,
    issueKey: jira.issueKey,
    jiraStatus: jira.status,
  };
}

/**
 * The corrective actions active during a period: opened on or before its last day and not closed
 * before its first (an action opened last cycle and still open belongs in this cycle's register).
 * Oldest first.
 */
export function correctiveActionRegister(source: CorrectiveActionRegisterSource): CorrectiveActionRegisterRow[] {
  const { from, to } = source.period;
  return source.actions
    .map(({ id, record }) => registerRow(source, id, record))
    .filter((row) => row.openedOn <= to && (row.closedAt === null || dayOf(row.closedAt, source.timeZone) >= from))
    .sort((a, b) =>
      a.openedOn < b.openedOn
        ? -1
        : a.openedOn > b.openedOn
          ? 1
          : a.correctiveActionId < b.correctiveActionId
            ? -1
            : a.correctiveActionId > b.correctiveActionId
              ? 1
              : 0,
    );
}
