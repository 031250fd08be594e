import type { JiraIssuePick, TrackedIssueView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, Failure, forbidden, notFound } from '../../domain/failure';
import { pickerJql } from '../../domain/jira/jqlText';
import { hasIssue, trackedIssueId, type TrackedIssueRecord, untrackedIssue } from '../../domain/jira/trackedIssue';
import { withEvent } from '../../domain/jira/trackedIssueHistory';
import { auditPropertyKey } from '../../ports/jira';
import type { StoredRecord } from '../../ports/recordStore';
import { loadAuditFor } from '../access/auditAccess';
import { requireIntakeManager } from '../access/intakeAccess';
import type { AppServices, Caller } from '../services';
import { savedJiraSettings } from './savedSettings';
import { SubjectTitles, toTrackedIssueView } from './trackedViews';

/** A picker shows at most this many issues. */
const pickLimit = 20;

/**
 * Issues to link, found AS THE CALLER (their Jira permissions decide what they see): a key finds
 * that issue, JQL runs as typed, other words search summaries in the configured NC and CA projects.
 */
export async function searchJiraIssues(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'searchJiraIssues'>,
): Promise<{ issues: JiraIssuePick[] }> {
  const settings = await savedJiraSettings(services);
  const projects = settings
    ? [...new Set([settings.nonconformities.projectKey, settings.correctiveActions.projectKey])]
    : [];
  const jql = pickerJql(input.query, projects);
  try {
    const page = await services.jira.asUser(caller.accountId).searchIssues(jql);
    return {
      issues: page.issues
        .slice(0, pickLimit)
        .map((issue) => ({ key: issue.key, summary: issue.summary, status: issue.status.name })),
    };
  } catch (error) {
    if (error instanceof Failure && error.code === 'invalid_input') {
      throw new Failure('invalid_input', `Jira could not run that search: ${error.message}`, 'query');
    }
    throw error;
  }
}

async function loadFinding(services: AppServices, caller: Caller, findingId: string) {
  const finding = await services.store.get('finding', findingId);
  if (!finding) throw notFound(`There is no finding ${findingId}`);
  // A nonconformity from outside an audit has no audit to ask who manages it.
  if (finding.record.auditId === null) await requireIntakeManager(services, caller);
  else await loadAuditFor(services, caller, finding.record.auditId, 'manage');
  return finding;
}

/** The caller may see and edit the issue, asked as them: checked before the app touches it. */
async function requireEditable(services: AppServices, caller: Caller, issueKey: string): Promise<void> {
  const may = await services.jira.permissionsOn(caller.accountId, issueKey);
  if (!may.browse) throw notFound(`${issueKey} does not exist or you may not see it in Jira`);
  if (!may.edit) throw forbidden(`You may not edit ${issueKey} in Jira, so the app will not change it for you`);
}

/**
 * Links a finding to an issue that already exists instead of raising one: the caller must be able
 * to see and edit it; then the app sets its grade and clause fields and its audit property, and
 * the finding treats it exactly like an issue it raised.
 */
export async function linkFindingIssue(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'linkFindingIssue'>,
): Promise<TrackedIssueView> {
  const finding = await loadFinding(services, caller, input.findingId);
  const id = trackedIssueId('finding', finding.id);
  const existing = await services.store.get('trackedIssue', id);
  if (existing && hasIssue(existing.record.state)) {
    throw conflict(
      `Finding ${finding.id} already has Jira issue ${existing.record.issue?.key ?? ''}; unlink it first`,
      'findingId',
    );
  }
  if (existing && (existing.record.state === 'queued' || existing.record.state === 'creating')) {
    throw conflict(`Finding ${finding.id} is being raised in Jira right now`, 'findingId');
  }
  await requireEditable(services, caller, input.issueKey);

  const jira = services.jira.asApp();
  const issue = await jira.getIssue(input.issueKey);
  if (!issue) throw notFound(`${input.issueKey} no longer exists`);
  if (issue.audit?.findingId && issue.audit.findingId !== finding.id) {
    throw conflict(`${issue.key} is already the issue of finding ${issue.audit.findingId}`, 'issueKey');
  }
  await jira.updateIssue(issue.key, {
    appFields: { 'finding-grade': finding.record.content.grade, 'audit-clause': finding.record.content.itemId },
    audit: {
      auditId: finding.record.auditId,
      findingId: finding.id,
      correctiveActionId: issue.audit?.correctiveActionId ?? null,
    },
  });
  const now = services.clock.now();
  const base: TrackedIssueRecord =
    existing?.record ?? untrackedIssue('finding', finding.id, finding.record.auditId, 'linked');
  const linked = withEvent(
    {
      ...base,
      state: 'linked',
      issue: { id: issue.id, key: issue.key },
      jobId: null,
      lastError: null,
      jira: {
        status: issue.status.name,
        statusCategory: issue.status.category,
        dueDate: issue.dueDate,
        assigneeId: issue.assigneeId,
        updated: issue.updated,
        deleted: false,
      },
    },
    {
      action: 'linked',
      issueKey: issue.key,
      at: now.toISOString(),
      by: caller.accountId,
      note: issue.browseUrl ?? null,
    },
  );
  const stored = await services.store.apply({
    entity: 'trackedIssue',
    id,
    before: existing,
    after: linked,
    actor: caller.accountId,
    at: now,
  });
  return toTrackedIssueView(stored!, new SubjectTitles(services));
}

/**
 * Unlinks a finding's issue: the finding may be raised or linked again, the history keeps which
 * issue it had and why it was let go, and the issue's audit property no longer names the finding
 * (so a later raise never adopts it).
 */
export async function unlinkFindingIssue(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'unlinkFindingIssue'>,
): Promise<TrackedIssueView> {
  const finding = await loadFinding(services, caller, input.findingId);
  const existing: StoredRecord<TrackedIssueRecord> | null = await services.store.get(
    'trackedIssue',
    trackedIssueId('finding', finding.id),
  );
  const issue = existing && hasIssue(existing.record.state) ? existing.record.issue : null;
  if (!existing || !issue) throw conflict(`Finding ${finding.id} has no Jira issue to unlink`, 'findingId');

  // An issue deleted in Jira needs no change there; any other needs the caller's edit permission.
  if (!existing.record.jira?.deleted) {
    await requireEditable(services, caller, issue.key);
    const jira = services.jira.asApp();
    const current = await jira.getIssue(issue.key);
    if (current?.audit?.findingId === finding.id) {
      await jira.setProperty(issue.key, auditPropertyKey, { ...current.audit, findingId: null });
    }
  }
  const now = services.clock.now();
  const after = withEvent(
    { ...existing.record, state: 'unlinked', issue: null, jobId: null, jira: null },
    { action: 'unlinked', issueKey: issue.key, at: now.toISOString(), by: caller.accountId, note: input.reason },
  );
  const stored = await services.store.apply({
    entity: 'trackedIssue',
    id: existing.id,
    before: existing,
    after,
    actor: caller.accountId,
    at: now,
    reason: input.reason,
  });
  return toTrackedIssueView(stored!, new SubjectTitles(services));
}
