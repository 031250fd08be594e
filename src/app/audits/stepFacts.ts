import type { AuditStepsView } from '../../contract/audits';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import {
  auditeesNotAcknowledged,
  coversPlan,
  missingStep,
  planApproved,
  reportStepBlockers,
  startedBeforeStepsRequired,
  stepsOf,
  type StepFacts,
} from '../../domain/audits/auditSteps';
import type { AuditState } from '../../domain/audits/auditState';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';

/** The versions of the audit record signed `approved`: each approves the plan as it stood then. */
export async function approvedPlanVersions(services: AppServices, auditId: string): Promise<number[]> {
  const signatures = await services.store.listBy('signature', 'recordId', auditId);
  return signatures
    .filter((s) => s.record.recordType === 'audit' && s.record.meaning === 'approved')
    .map((s) => s.record.recordVersion);
}

/**
 * The report is approved once its approval is written and signed (a crash between the two leaves
 * an approval the lead signs on retry: until then it does not count).
 */
export async function reportIsApproved(services: AppServices, auditId: string): Promise<boolean> {
  const report = await services.store.get('auditReport', auditId);
  if (!report?.record.approval) return false;
  const signatures = await services.store.listBy('signature', 'recordId', auditId);
  return signatures.some((s) => s.record.recordType === 'auditReport' && s.record.meaning === 'approved');
}

/** The audit's findings that stand (not withdrawn), in id order. */
export async function standingFindingIds(services: AppServices, auditId: string): Promise<string[]> {
  const findings = await services.store.listBy('finding', 'auditId', auditId);
  return findings
    .filter((f) => f.record.withdrawn !== true)
    .map((f) => f.id)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Everything the step rules read about one audit, with names looked up. */
export async function stepFactsOf(services: AppServices, stored: StoredRecord<AuditRecord>): Promise<StepFacts> {
  const audit = stored.record;
  const areas = await services.store.list('auditableArea');
  const areaNames = new Map(areas.map((a) => [a.id, a.record.name]));
  const people = new Map<string, string>();
  for (const id of audit.plan.auditeeIds) people.set(id, await services.directory.displayName(id));
  return {
    title: audit.plan.title,
    state: audit.state,
    legacy: startedBeforeStepsRequired(audit),
    areaNames: audit.plan.areaIds.map((id) => areaNames.get(id) ?? id),
    auditeeIds: audit.plan.auditeeIds,
    people,
    steps: stepsOf(audit),
    approvedVersions: await approvedPlanVersions(services, stored.id),
    findingIds: await standingFindingIds(services, stored.id),
    reportApproved: await reportIsApproved(services, stored.id),
  };
}

/** What the audit's steps still need before its report is approved (closing meeting, positions). */
export async function reportStepBlockersOf(
  services: AppServices,
  stored: StoredRecord<AuditRecord>,
): Promise<string[]> {
  return reportStepBlockers({
    legacy: startedBeforeStepsRequired(stored.record),
    steps: stepsOf(stored.record),
    findingIds: await standingFindingIds(services, stored.id),
  });
}

const nextState: Partial<Record<AuditState, AuditState>> = {
  planned: 'inProgress',
  inProgress: 'reporting',
  reporting: 'closed',
};

/** The audit's steps as its page shows them, and what stands before its next move. */
export async function stepsView(
  services: AppServices,
  stored: StoredRecord<AuditRecord>,
  caller: Caller,
  manage: boolean,
): Promise<AuditStepsView> {
  const facts = await stepFactsOf(services, stored);
  const { steps } = facts;
  const names = new Map(facts.people);
  const nameOf = async (id: string) => names.get(id) ?? (await services.directory.displayName(id));
  const next = nextState[stored.record.state];
  const open = (facts.state === 'inProgress' || facts.state === 'reporting') && !facts.reportApproved;
  const attendees = async (ids: readonly string[]) => Promise.all(ids.map(nameOf));
  return {
    startedBeforeStepsRequired: facts.legacy,
    planApproved: planApproved(facts),
    acknowledgements: await Promise.all(
      steps.acknowledgements.map(async (a) => ({
        ...a,
        name: await nameOf(a.auditeeId),
        current: coversPlan(a.auditVersion, steps.planVersion),
      })),
    ),
    notAcknowledged: await Promise.all(
      auditeesNotAcknowledged(facts.auditeeIds, steps).map(async (id) => ({ accountId: id, name: await nameOf(id) })),
    ),
    fieldworkStartedOn: steps.fieldworkStartedOn,
    openingMeeting: steps.openingMeeting
      ? { ...steps.openingMeeting, attendeeNames: await attendees(steps.openingMeeting.attendeeIds) }
      : null,
    closingMeeting: steps.closingMeeting
      ? { ...steps.closingMeeting, attendeeNames: await attendees(steps.closingMeeting.attendeeIds) }
      : null,
    reportApproved: facts.reportApproved,
    nextStepMissing: next ? missingStep(stored.record.state, next, facts) : null,
    reportBlockers: stored.record.state === 'reporting' ? reportStepBlockers(facts) : [],
    can: {
      acknowledge: facts.state === 'planned' && facts.auditeeIds.includes(caller.accountId),
      recordMeetings: manage && open,
      reviseFindings: manage && open,
    },
  };
}
