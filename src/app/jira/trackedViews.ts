import type { RaiseJobView, TrackedIssueView } from '../../contract/jira';
import type { RaiseJobRecord } from '../../domain/jira/raiseJob';
import { splitTrackedIssueId, trackedIssueId, type TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import { issueBrowseUrl, raiseProgress } from '../../domain/jira/trackedIssueHistory';
import type { FindingGrade } from '../../domain/audits/finding';
import type { EntityTypes } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import { lookupOnce } from '../lookupOnce';
import type { AppServices } from '../services';
import { decisionTitle, findingTitle } from './issueContent';

/** Names the subjects of a list, reading each finding, area, action and review decision once. */
export class SubjectTitles {
  private readonly titles: (id: string) => Promise<{ title: string; grade: FindingGrade | null }>;
  private readonly areaName: (id: string) => Promise<string | null>;
  /** Subjects read ahead for a whole list (see readAhead), by tracked id; null when gone. */
  private readonly ahead = new Map<string, { record: unknown } | null>();

  constructor(private readonly services: AppServices) {
    this.areaName = lookupOnce(async (id) => (await services.store.get('auditableArea', id))?.record.name ?? null);
    this.titles = lookupOnce((id) => this.load(id));
  }

  /**
   * Reads the subjects of a whole list in one statement per kind (per few hundred), so a list of
   * a thousand tracked issues does not read its findings one by one.
   */
  async readAhead(records: ReadonlyArray<Pick<TrackedIssueRecord, 'subject' | 'subjectId'>>): Promise<void> {
    const kinds = [
      ['finding', 'finding'],
      ['correctiveAction', 'correctiveAction'],
      ['reviewDecision', 'reviewDecision'],
    ] as const;
    for (const [subject, entity] of kinds) {
      const ids = records.filter((r) => r.subject === subject).map((r) => r.subjectId);
      if (ids.length === 0) continue;
      const found: Map<string, { record: unknown }> = await this.services.store.getMany(entity, ids);
      for (const id of ids) {
        const stored = found.get(id);
        this.ahead.set(trackedIssueId(subject, id), stored ? { record: stored.record } : null);
      }
    }
  }

  of(
    record: Pick<TrackedIssueRecord, 'subject' | 'subjectId'>,
  ): Promise<{ title: string; grade: FindingGrade | null }> {
    return this.titles(trackedIssueId(record.subject, record.subjectId));
  }

  private async load(trackedId: string) {
    const [subject, subjectId] = splitTrackedIssueId(trackedId);
    const read = <E extends 'finding' | 'correctiveAction' | 'reviewDecision'>(entity: E) =>
      this.ahead.has(trackedId)
        ? Promise.resolve(this.ahead.get(trackedId) as { record: EntityTypes[E] } | null)
        : this.services.store.get(entity, subjectId);
    if (subject === 'correctiveAction') {
      const action = await read('correctiveAction');
      return { title: action?.record.title ?? `Corrective action ${subjectId}`, grade: null };
    }
    if (subject === 'reviewDecision') {
      const decision = await read('reviewDecision');
      return { title: decision ? decisionTitle(decision.record) : `Review decision ${subjectId}`, grade: null };
    }
    const finding = await read('finding');
    if (!finding) return { title: `Finding ${subjectId}`, grade: null };
    const areaName = await this.areaName(finding.record.content.areaId);
    return { title: findingTitle(finding.record, areaName), grade: finding.record.content.grade };
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
  // Those queued again by a later job, in one read rather than one each.
  const elsewhere = job.trackedIds.filter((id) => !byId.has(id));
  const moved = elsewhere.length > 0 ? await services.store.getMany('trackedIssue', elsewhere) : new Map();
  const states: Array<TrackedIssueRecord['state']> = [];
  for (const id of job.trackedIds) {
    const tracked = byId.get(id) ?? moved.get(id);
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
