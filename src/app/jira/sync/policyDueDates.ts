import { findingDueDates } from '../../../domain/jira/dueDates';
import type { TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { AppServices } from '../../services';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import { savedJiraSettings } from '../savedSettings';

/**
 * The due date the app holds for a tracked issue — the record Jira's `duedate` must show:
 * a finding's implementation day under its grade's policy (counted in the programme's working
 * days from the day it was raised), a corrective action's planned day once it has a plan, a review
 * decision's due date. null
 * where the app sets none (an optional action's grade, an action not yet planned): then Jira's
 * own day stands and is only mirrored.
 */
export type PolicyDueDate = (tracked: TrackedIssueRecord) => string | null;

/**
 * Reads the policy once and the subjects of `tracked` in a read per few hundred of each kind
 * (getMany), not one read per record: a part of a sweep of 5,000 records costs a few dozen
 * statements here.
 */
export async function policyDueDates(
  services: AppServices,
  tracked: readonly TrackedIssueRecord[],
): Promise<PolicyDueDate> {
  const settings = await savedJiraSettings(services);
  const { workingDays } = await currentProgrammeSettings(services);
  const idsOf = (subject: TrackedIssueRecord['subject']) =>
    tracked.filter((t) => t.subject === subject).map((t) => t.subjectId);
  const [decisions, actions, findings] = await Promise.all([
    services.store.getMany('reviewDecision', idsOf('reviewDecision')),
    services.store.getMany('correctiveAction', idsOf('correctiveAction')),
    settings ? services.store.getMany('finding', idsOf('finding')) : Promise.resolve(null),
  ]);
  return (record) => {
    // A review decision is due when the review said: Jira's date is set back to it like a plan's.
    if (record.subject === 'reviewDecision') return decisions.get(record.subjectId)?.record.dueDate ?? null;
    if (record.subject === 'correctiveAction') return actions.get(record.subjectId)?.record.plan?.dueDate ?? null;
    if (!settings || !findings) return null;
    const finding = findings.get(record.subjectId)?.record;
    if (!finding) return null;
    return findingDueDates(settings, finding.content.grade, finding.raisedOn, workingDays).implementation;
  };
}
