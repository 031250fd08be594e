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
export type PolicyDueDate = (tracked: TrackedIssueRecord) => Promise<string | null>;

/** Reads the policy once per run; the subjects are read as they are asked for. */
export async function policyDueDates(services: AppServices): Promise<PolicyDueDate> {
  const settings = await savedJiraSettings(services);
  const { workingDays } = await currentProgrammeSettings(services);
  return async (tracked) => {
    // A review decision is due when the review said: Jira's date is set back to it like a plan's.
    if (tracked.subject === 'reviewDecision') {
      return (await services.store.get('reviewDecision', tracked.subjectId))?.record.dueDate ?? null;
    }
    if (tracked.subject === 'correctiveAction') {
      return (await services.store.get('correctiveAction', tracked.subjectId))?.record.plan?.dueDate ?? null;
    }
    if (!settings) return null;
    const finding = (await services.store.get('finding', tracked.subjectId))?.record;
    if (!finding) return null;
    return findingDueDates(settings, finding.content.grade, finding.raisedOn, workingDays).implementation;
  };
}
