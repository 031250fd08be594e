import type { RaiseJobView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import { invalidInput } from '../../domain/failure';
import type { AppServices, Caller } from '../services';
import { getRaiseJob } from '../jira/raising';
import { startRaiseJob } from '../jira/raiseJobs';
import { requireJiraSettings } from '../jira/savedSettings';
import { requireIntakeManager } from '../access/intakeAccess';

/**
 * Raises Jira issues for the named nonconformities from outside audits through the one raising
 * path (startRaiseJob: a tracked record per finding, queue, search-before-create), so each gets
 * exactly one NC issue however often it is asked. The job belongs to no audit.
 */
export async function raiseNonconformityIssues(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'raiseNonconformityIssues'>,
): Promise<RaiseJobView> {
  await requireIntakeManager(services, caller);
  await requireJiraSettings(services);
  const chosen = [...new Set(input.findingIds)];
  for (const [index, id] of input.findingIds.entries()) {
    const finding = await services.store.get('finding', id);
    if (!finding) throw invalidInput(`findingIds.${index}`, `There is no finding ${id}`);
    if (finding.record.auditId !== null) {
      throw invalidInput(`findingIds.${index}`, `${id} belongs to an audit: raise it from that audit's page`);
    }
  }
  const { jobId } = await startRaiseJob(
    services,
    caller,
    chosen.map((subjectId) => ({ subject: 'finding' as const, subjectId, auditId: null })),
    null,
  );
  return getRaiseJob(services, caller, { jobId });
}
