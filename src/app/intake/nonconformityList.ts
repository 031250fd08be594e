import type { NonconformityView } from '../../contract/intake';
import type { ParsedInput } from '../../contract/resolvers';
import type { FindingRecord } from '../../domain/audits/finding';
import { describeSource } from '../../domain/findings/findingSource';
import { splitTrackedIssueId, type TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { toView, viewNames } from '../audits/findings';

/** The findings' views with where each Jira issue stands, read with one list of the tracked findings. */
export async function nonconformityViews(
  services: AppServices,
  findings: ReadonlyArray<StoredRecord<FindingRecord>>,
): Promise<NonconformityView[]> {
  const tracked = new Map<string, TrackedIssueRecord>();
  for (const stored of await services.store.listBy('trackedIssue', 'subject', 'finding')) {
    tracked.set(splitTrackedIssueId(stored.id)[1], stored.record);
  }
  const names = viewNames(services);
  return Promise.all(
    findings.map(async (stored) => {
      const issue = tracked.get(stored.id);
      return {
        ...(await toView(names, stored)),
        sourceTitle: describeSource(stored.record.source),
        jiraState: issue?.state ?? null,
        issueKey: issue?.issue?.key ?? null,
        jiraStatus: issue?.jira?.status ?? null,
      };
    }),
  );
}

/** Nonconformities from outside audits (of one source, or all), newest first. */
export async function listNonconformities(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'listNonconformities'>,
): Promise<{ nonconformities: NonconformityView[] }> {
  const outside = (await services.store.list('finding')).filter(
    (stored) =>
      stored.record.auditId === null && (query.source === undefined || stored.record.source.kind === query.source),
  );
  const newestFirst = [...outside].sort(
    (a, b) =>
      b.record.raisedOn.localeCompare(a.record.raisedOn) ||
      b.updatedAt.localeCompare(a.updatedAt) ||
      b.id.localeCompare(a.id, 'en', { numeric: true }),
  );
  return { nonconformities: await nonconformityViews(services, newestFirst) };
}
