import type { RaiseJobView, TrackedIssueView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, invalidInput, notFound } from '../../domain/failure';
import { hasIssue, trackedIssueId } from '../../domain/jira/trackedIssue';
import { isRaiseUnderWay } from '../../domain/jira/trackedIssueHistory';
import { loadAuditFor } from '../access/auditAccess';
import type { AppServices, Caller } from '../services';
import { requireJiraSettings } from './savedSettings';
import { startRaiseJob } from './raiseJobs';
import { SubjectTitles, toRaiseJobView, toTrackedIssueView } from './trackedViews';

/**
 * Raise Jira issues for an audit's findings: all that have none (and are not being raised), or the
 * ones named. Only the programme manager or the audit's lead may, and only once Jira is set up.
 */
export async function raiseFindingIssues(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'raiseFindingIssues'>,
): Promise<RaiseJobView> {
  const audit = await loadAuditFor(services, caller, input.auditId, 'manage');
  await requireJiraSettings(services);
  // A withdrawn finding stays on record but is not raised: nothing is left to correct.
  const findings = (await services.store.listBy('finding', 'auditId', audit.id)).filter(
    (f) => f.record.withdrawn !== true,
  );
  const ofAudit = new Set(findings.map((finding) => finding.id));
  let chosen: string[];
  if (input.findingIds) {
    input.findingIds.forEach((id, index) => {
      if (!ofAudit.has(id)) throw invalidInput(`findingIds.${index}`, `${id} is not a standing finding of this audit`);
    });
    chosen = [...new Set(input.findingIds)];
  } else {
    const now = services.clock.now();
    const known = new Map((await services.store.listBy('trackedIssue', 'auditId', audit.id)).map((t) => [t.id, t]));
    chosen = [];
    for (const finding of findings) {
      const tracked = known.get(trackedIssueId('finding', finding.id));
      const busy =
        tracked && (hasIssue(tracked.record.state) || isRaiseUnderWay(tracked.record, tracked.updatedAt, now));
      if (!busy) chosen.push(finding.id);
    }
    if (chosen.length === 0) throw conflict('Every finding of this audit already has a Jira issue or is being raised');
  }
  const { jobId } = await startRaiseJob(
    services,
    caller,
    chosen.map((subjectId) => ({ subject: 'finding' as const, subjectId, auditId: audit.id })),
    audit.id,
  );
  return getRaiseJob(services, caller, { jobId });
}

export async function getRaiseJob(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'getRaiseJob'>,
): Promise<RaiseJobView> {
  const job = await services.store.get('raiseJob', input.jobId);
  if (!job) throw notFound(`There is no raise job ${input.jobId}`);
  return toRaiseJobView(services, job, new SubjectTitles(services));
}

export async function listRaiseJobs(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'listRaiseJobs'>,
): Promise<{ jobs: RaiseJobView[] }> {
  const stored = input.auditId
    ? await services.store.listBy('raiseJob', 'auditId', input.auditId)
    : await services.store.list('raiseJob');
  const newestFirst = [...stored].sort((a, b) => b.record.requestedAt.localeCompare(a.record.requestedAt)).slice(0, 50);
  const titles = new SubjectTitles(services);
  const jobs: RaiseJobView[] = [];
  for (const job of newestFirst) jobs.push(await toRaiseJobView(services, job, titles));
  return { jobs };
}

export async function listTrackedIssues(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'listTrackedIssues'>,
): Promise<{ issues: TrackedIssueView[] }> {
  const stored = input.auditId
    ? await services.store.listBy('trackedIssue', 'auditId', input.auditId)
    : input.subject
      ? await services.store.listBy('trackedIssue', 'subject', input.subject)
      : await services.store.list('trackedIssue');
  const wanted = stored.filter((tracked) => !input.subject || tracked.record.subject === input.subject);
  const titles = new SubjectTitles(services);
  await titles.readAhead(wanted.map((tracked) => tracked.record));
  const issues: TrackedIssueView[] = [];
  for (const tracked of wanted) issues.push(await toTrackedIssueView(tracked, titles));
  return { issues };
}
