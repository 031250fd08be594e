import type { RaiseJobView, TrackedIssueView } from '../../contract/jira';
import type { RaiseJobRecord } from '../../domain/jira/raiseJob';
import type { TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import { issueBrowseUrl, raiseProgress } from '../../domain/jira/trackedIssueHistory';
import type { FindingGrade } from '../../domain/programme/finding';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';
import { findingTitle } from './issueContent';

/** Names the subjects of a list, reading each finding, area and action once. */
export class SubjectTitles {
  private readonly titles = new Map<string, Promise<{ title: string; grade: FindingGrade | null }>>();

  constructor(private readonly services: AppServices) {}

  of(
    record: Pick<TrackedIssueRecord, 'subject' | 'subjectId'>,
  ): Promise<{ title: string; grade: FindingGrade | null }> {
    const key = `${record.subject}:${record.subjectId}`;
    let title = this.titles.get(key);
    if (!title) {
      title = this.load(record);
      this.titles.set(key, title);
    }
    return title;
  }

  private async load(record: Pick<TrackedIssueRecord, 'subject' | 'subjectId'>) {
    if (record.subject === 'correctiveAction') {
      const action = await this.services.store.get('correctiveAction', record.subjectId);
      return { title: action?.record.title ?? `Corrective action ${record.subjectId}`, grade: null };
    }
    const finding = await this.services.store.get('finding', record.subjectId);
    if (!finding) return { title: `Finding ${record.subjectId}`, grade: null };
    const area = await this.services.store.get('auditableArea', finding.record.content.areaId);
    return { title: findingTitle(finding.record, area?.record.name ?? null), grade: finding.record.content.grade };
  }
}

export async function toTrackedIssueView(
  stored: StoredRecord<TrackedIssueRecord>,
  titles: SubjectTitles,
): Promise<TrackedIssueView> {
  const { record } = stored;
  const { title, grade } = await titles.of(record);
  return {
    id: stored.id,
    version: stored.version,
    subject: record.subject,
    subjectId: record.subjectId,
    auditId: record.auditId,
    title,
    grade,
    state: record.state,
    issueKey: record.issue?.key ?? null,
    issueUrl: issueBrowseUrl(record),
    jira: record.jira,
    lastError: record.lastError,
    history: record.history,
  };
}

/**
 * A job's progress from the tracked records that still carry its id; one queued again by a later
 * job counts as done if it has an issue by now, else as failed here (the later job shows it).
 */
export async function toRaiseJobView(
  services: AppServices,
  stored: StoredRecord<RaiseJobRecord>,
  titles: SubjectTitles,
): Promise<RaiseJobView> {
  const job = stored.record;
  const ours = await services.store.listBy('trackedIssue', 'jobId', stored.id);
  const byId = new Map(ours.map((tracked) => [tracked.id, tracked]));
  const states: Array<TrackedIssueRecord['state']> = [];
  for (const id of job.trackedIds) {
    const tracked = byId.get(id) ?? (await services.store.get('trackedIssue', id));
    if (!tracked) states.push('failed');
    else if (byId.has(id)) states.push(tracked.record.state);
    else states.push(tracked.record.state === 'raised' || tracked.record.state === 'linked' ? 'raised' : 'failed');
  }
  const progress = raiseProgress(job.trackedIds.length, states);
  const failures = await Promise.all(
    ours
      .filter((tracked) => tracked.record.state === 'failed')
      .map(async (tracked) => ({
        trackedId: tracked.id,
        subjectId: tracked.record.subjectId,
        title: (await titles.of(tracked.record)).title,
        message: tracked.record.lastError ?? 'Jira did not say why',
      })),
  );
  return {
    jobId: stored.id,
    auditId: job.auditId,
    requestedBy: job.requestedBy,
    requestedByName: await services.directory.displayName(job.requestedBy),
    requestedAt: job.requestedAt,
    total: job.trackedIds.length,
    ...progress,
    failures,
  };
}
