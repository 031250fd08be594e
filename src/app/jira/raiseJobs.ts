import type { TrackedSubject } from '../../domain/jira/trackedIssue';
import type { AppServices, Caller } from '../services';

/** A subject to raise a Jira issue for. */
export interface RaiseRequest {
  subject: TrackedSubject;
  subjectId: string;
  auditId: string | null;
}

// Scaffolding: the one raising path (tracked records → queued job → consumer), filled in by the
// issue-7 work. Findings and corrective actions (and later review decisions) all come through it.
export async function startRaiseJob(
  _services: AppServices,
  _caller: Caller,
  _requests: RaiseRequest[],
  _auditId: string | null,
): Promise<{ jobId: string }> {
  throw new Error('startRaiseJob: not built yet');
}
