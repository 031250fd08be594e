import type { IssueContextView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { notFound } from '../../domain/failure';
import type { EvidenceRecord } from '../../domain/audits/evidence';
import type { FindingRecord } from '../../domain/audits/finding';
import { describeSource } from '../../domain/findings/findingSource';
import { confluencePagePath, confluencePageVersionPath, jiraIssuePath } from '../../domain/links/siteLinks';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { findingClosureOf } from './findingClosureOf';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { toActionView, viewContext, type ViewContext } from './actionViews';
import { trackedByIssue } from '../jira/trackedIssues';

/** Where a piece of evidence can be opened on the site, if it points anywhere. */
function evidenceLink(evidence: EvidenceRecord): { label: string; url: string | null } | null {
  const label = evidence.description.length > 200 ? `${evidence.description.slice(0, 199)}…` : evidence.description;
  const ref = evidence.reference;
  if (!ref) return null;
  if (ref.type === 'url') return { label, url: ref.url };
  if (ref.type === 'jiraIssue') return { label, url: jiraIssuePath(ref.issueKey) };
  if (ref.type === 'confluenceAttachment') return { label: `${label} (file ${ref.fileName})`, url: null };
  return {
    label: `${label} (${ref.title}, version ${ref.version})`,
    url: confluencePageVersionPath(ref.pageId, ref.version),
  };
}

async function findingContext(
  services: AppServices,
  context: ViewContext,
  finding: StoredRecord<FindingRecord>,
  /** At least every action answering this finding (its closure is decided from them). */
  actions: ReadonlyArray<StoredRecord<CorrectiveActionRecord>>,
) {
  const { content, auditId, raisedOn } = finding.record;
  const item = catalogueItem(content.itemId);
  // A nonconformity from outside an audit has no audit plan page and no audit evidence.
  const audit = auditId === null ? null : await services.store.get('audit', auditId);
  const evidence = auditId === null ? [] : await services.store.listBy('evidence', 'auditId', auditId);
  const page = audit?.record.planPage ?? null;
  return {
    id: finding.id,
    grade: content.grade,
    itemId: content.itemId,
    itemTitle: item?.title ?? content.itemId,
    guidance: item?.guidance ?? '',
    requirement: content.requirement,
    evidence: content.evidence,
    gap: content.gap,
    areaName: (await context.area(content.areaId))?.name ?? content.areaId,
    auditId,
    auditTitle: auditId === null ? describeSource(finding.record.source) : (audit?.record.plan.title ?? auditId),
    raisedOn,
    evidenceLinks: evidence
      .map((e) => evidenceLink(e.record))
      .filter((link): link is { label: string; url: string | null } => link !== null),
    planPageUrl: page ? confluencePagePath(page) : null,
    closure: (await findingClosureOf(services, finding.id, actions)).closure,
  };
}

/** The ids of the actions answering any of these findings. */
function answering(actions: ReadonlyArray<StoredRecord<CorrectiveActionRecord>>, findingIds: ReadonlySet<string>) {
  return actions.filter((a) => a.record.findingIds.some((id) => findingIds.has(id))).map((a) => a.id);
}

/** In id order, as the store lists records. */
const byId = <T extends { id: string }>(records: T[]) =>
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The issue panel. The caller's own Jira permission comes first: an issue they may not browse is
 * "not found" to them, whatever the app holds (asApp would see it). Then the app records behind
 * the issue — a finding's or a corrective action's — with the audit context and the actions.
 */
export async function getIssueContext(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'getIssueContext'>,
): Promise<IssueContextView> {
  const permissions = await services.jira.permissionsOn(caller.accountId, input.issueKey);
  if (!permissions.browse) throw notFound(`There is no issue ${input.issueKey} you may see`);
  const context = await viewContext(services, caller);
  const issue = await services.jira.asApp().getIssue(input.issueKey);
  const empty: IssueContextView = {
    issueKey: input.issueKey,
    tracked: false,
    findings: [],
    actions: [],
    roles: context.roles,
  };
  if (!issue) return empty;
  const tracked = await trackedByIssue(services, issue);
  if (tracked.length === 0) return empty;

  // The actions behind the issue: a tracked action's own, and every action answering a tracked
  // finding, found by the finding (an indexed read of those actions, never the whole table).
  const trackedActionIds = tracked
    .filter((t) => t.record.subject === 'correctiveAction')
    .map((t) => t.record.subjectId);
  const trackedFindingIds = tracked.filter((t) => t.record.subject === 'finding').map((t) => t.record.subjectId);
  const trackedActions = byId([...(await services.store.getMany('correctiveAction', trackedActionIds)).values()]);
  // A tracked action's findings show too, each with its closure: that needs all of their actions.
  const findingIds = new Set(trackedFindingIds);
  for (const action of trackedActions) action.record.findingIds.forEach((id) => findingIds.add(id));
  const relatedActions = await services.store.listContaining('correctiveAction', 'findingIds', [...findingIds]);
  const shownIds = new Set([
    ...trackedActions.map((a) => a.id),
    ...answering(relatedActions, new Set(trackedFindingIds)),
  ]);
  const candidates = new Map([...trackedActions, ...relatedActions].map((a) => [a.id, a]));
  const actions = byId([...candidates.values()].filter((a) => shownIds.has(a.id)));
  const findings = (await Promise.all([...findingIds].map((id) => context.finding(id)))).filter(
    (f): f is StoredRecord<FindingRecord> => f !== null,
  );
  return {
    issueKey: issue.key,
    tracked: true,
    findings: await Promise.all(findings.map((f) => findingContext(services, context, f, relatedActions))),
    actions: await Promise.all(actions.map((a) => toActionView(services, context, a))),
    roles: context.roles,
  };
}
