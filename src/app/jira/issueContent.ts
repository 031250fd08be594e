import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { notFound } from '../../domain/failure';
import { findingDueDates } from '../../domain/jira/dueDates';
import type { JiraSettings } from '../../domain/jira/jiraSettings';
import type { TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { findingGradeTitles, type FindingGrade, type FindingRecord } from '../../domain/audits/finding';
import { describeSource, type FindingSource } from '../../domain/findings/findingSource';
import { confluencePagePath } from '../../domain/links/siteLinks';
import type { ManagementReviewRecord, ReviewDecisionRecord } from '../../domain/review/managementReview';
import type { AdfDocument, NewJiraIssue } from '../../ports/jira';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import { lookupOnce } from '../lookupOnce';
import type { AppServices } from '../services';
import { requireJiraSettings } from './savedSettings';

/** Jira refuses a summary over 255 characters; a long area name is cut rather than the issue lost. */
const summaryLimit = 255;
const gradeOrder: FindingGrade[] = ['majorNC', 'minorNC', 'observation', 'opportunity'];

const cut = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

const adfText = (text: string, strong = false) => ({
  type: 'text',
  text,
  ...(strong ? { marks: [{ type: 'strong' }] } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const heading = (text: string) => ({ type: 'heading', attrs: { level: 3 }, content: [adfText(text)] });
const labelled = (label: string, text: string) => paragraph(adfText(`${label}: `, true), adfText(text));
const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });

/**
 * What raising needs beyond the subject itself, read once per chunk: the saved Jira settings, the
 * programme's working days, and caches of the audits, areas and findings the chunk touches.
 */
export class RaiseContext {
  readonly audit: (id: string) => Promise<AuditRecord | null>;
  readonly area: (id: string) => Promise<AuditableArea | null>;
  readonly finding: (id: string) => Promise<FindingRecord | null>;
  readonly decision: (id: string) => Promise<ReviewDecisionRecord | null>;
  readonly review: (id: string) => Promise<ManagementReviewRecord | null>;
  readonly personName: (accountId: string) => Promise<string>;
  /** Findings read ahead for a whole chunk (see readFindings), so building each issue reads none. */
  private readonly readAhead = new Map<string, FindingRecord | null>();

  private constructor(
    private readonly services: AppServices,
    readonly settings: JiraSettings,
    readonly workingDays: number[],
  ) {
    this.audit = lookupOnce(async (id) => (await services.store.get('audit', id))?.record ?? null);
    this.area = lookupOnce(async (id) => (await services.store.get('auditableArea', id))?.record ?? null);
    this.finding = lookupOnce(async (id) =>
      this.readAhead.has(id) ? this.readAhead.get(id)! : ((await services.store.get('finding', id))?.record ?? null),
    );
    this.decision = lookupOnce(async (id) => (await services.store.get('reviewDecision', id))?.record ?? null);
    this.review = lookupOnce(async (id) => (await services.store.get('managementReview', id))?.record ?? null);
    this.personName = lookupOnce((accountId) => services.directory.displayName(accountId));
  }

  /** A chunk's findings in one read, before their issues are built one by one. */
  async readFindings(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.services.store.getMany('finding', ids);
    for (const id of ids) this.readAhead.set(id, found.get(id)?.record ?? null);
  }

  static async load(services: AppServices): Promise<RaiseContext> {
    const settings = await requireJiraSettings(services);
    const { workingDays } = await currentProgrammeSettings(services);
    return new RaiseContext(services, settings, workingDays);
  }
}

/** "Major nonconformity: A.8.13 Information backup — IT operations": how lists and summaries name a finding. */
export function findingTitle(finding: FindingRecord, areaName: string | null): string {
  const item = catalogueItem(finding.content.itemId);
  const grade = findingGradeTitles[finding.content.grade];
  const what = `${grade.charAt(0).toUpperCase()}${grade.slice(1)}: ${finding.content.itemId}${item ? ` ${item.title}` : ''}`;
  return areaName ? `${what} — ${areaName}` : what;
}

/**
 * The issue of one finding: its statements, the audit (or, for a nonconformity from outside an
 * audit, its source), the grade's due date, the app fields and property.
 */
export async function findingIssue(context: RaiseContext, findingId: string): Promise<NewJiraIssue> {
  const finding = await context.finding(findingId);
  if (!finding) throw notFound(`The finding ${findingId} no longer exists`);
  const audit = finding.auditId === null ? null : await context.audit(finding.auditId);
  const area = await context.area(finding.content.areaId);
  const title = findingTitle(finding, area?.name ?? null);
  const due = findingDueDates(context.settings, finding.content.grade, finding.raisedOn, context.workingDays);
  const description: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      labelled('Requirement', finding.content.requirement),
      labelled('Evidence', finding.content.evidence),
      ...(finding.content.gap ? [labelled('Gap', finding.content.gap)] : []),
      ...(finding.auditId === null
        ? [heading('Source'), sourceParagraph(finding.source, finding.raisedOn)]
        : [heading('Audit'), auditParagraph(audit, finding.auditId, finding.raisedOn)]),
      ...(due.plan ? [labelled('Corrective-action plan due', due.plan)] : []),
    ],
  };
  return {
    projectKey: context.settings.nonconformities.projectKey,
    issueType: context.settings.nonconformities.issueType,
    summary: cut(title, summaryLimit),
    description,
    dueDate: due.implementation,
    labels: context.settings.labels,
    appFields: { 'finding-grade': finding.content.grade, 'audit-clause': finding.content.itemId },
    audit: { auditId: finding.auditId, findingId, correctiveActionId: null },
  };
}

/**
 * The issue of a corrective action: in the CA project, due on its plan's date or else its
 * findings' earliest implementation date, graded as its most serious finding, with its clauses.
 */
export async function actionIssue(
  context: RaiseContext,
  correctiveActionId: string,
  action: CorrectiveActionRecord,
): Promise<NewJiraIssue> {
  const findings = (await Promise.all(action.findingIds.map((id) => context.finding(id)))).filter(
    (finding): finding is FindingRecord => finding !== null,
  );
  const dues = findings
    .map((f) => findingDueDates(context.settings, f.content.grade, f.raisedOn, context.workingDays).implementation)
    .filter((date): date is string => date !== null)
    .sort();
  const grade = gradeOrder.find((candidate) => findings.some((f) => f.content.grade === candidate));
  const clauses = cut([...new Set(findings.map((f) => f.content.itemId))].join(', '), 255);
  const audit = action.auditIds[0] ? await context.audit(action.auditIds[0]) : null;
  const description: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      labelled('Correction (containment)', action.correction.text),
      ...(action.plan ? [labelled('Action plan', action.plan.text)] : []),
      heading(findings.length === 1 ? 'Finding' : 'Findings'),
      ...(await Promise.all(
        findings.map(async (finding) => {
          const area = await context.area(finding.content.areaId);
          return paragraph(adfText(findingTitle(finding, area?.name ?? null)));
        }),
      )),
      // Findings from outside an audit only: the first one's source stands where the audit would.
      ...(action.auditIds[0] === undefined && findings[0] && findings[0].auditId === null
        ? [heading('Source'), sourceParagraph(findings[0].source, null)]
        : [heading('Audit'), auditParagraph(audit, action.auditIds[0] ?? '', null)]),
    ],
  };
  return {
    projectKey: context.settings.correctiveActions.projectKey,
    issueType: context.settings.correctiveActions.issueType,
    summary: cut(`Corrective action: ${action.title}`, summaryLimit),
    description,
    dueDate: action.plan?.dueDate ?? dues[0] ?? null,
    labels: context.settings.labels,
    appFields: { ...(grade ? { 'finding-grade': grade } : {}), ...(clauses ? { 'audit-clause': clauses } : {}) },
    audit: { auditId: action.auditIds[0] ?? null, findingId: null, correctiveActionId },
  };
}

/** "Management review action: …": how Jira and the app's lists name a review decision. */
export const decisionTitle = (decision: Pick<ReviewDecisionRecord, 'text'>) =>
  cut(`Management review action: ${decision.text.replace(/\s+/g, ' ')}`, summaryLimit);

/**
 * The issue of a management review decision (9.3.3): an action, so it goes to the CORRECTIVE-ACTION
 * project with that project's issue type (the settings name no third project; the decision is
 * tracked like an action, to an owner and a due date). The property names only the decision:
 * `reviewDecisionId` is what the raising path searches by to stay exactly once.
 */
export async function decisionIssue(context: RaiseContext, decisionId: string): Promise<NewJiraIssue> {
  const decision = await context.decision(decisionId);
  if (!decision) throw notFound(`The review decision ${decisionId} no longer exists`);
  const review = await context.review(decision.reviewId);
  const owner = await context.personName(decision.ownerId);
  const description: AdfDocument = {
    type: 'doc',
    version: 1,
    content: [
      labelled('Decision', decision.text),
      labelled('Owner', owner),
      labelled('Due', decision.dueDate),
      heading('Management review'),
      paragraph(
        adfText(
          review
            ? `${review.title}, covering ${review.period.from} to ${review.period.to}${review.heldOn ? `, held on ${review.heldOn}` : ''}. `
            : `Review ${decision.reviewId}. `,
        ),
        ...(review?.page ? [link('Review page in Confluence', confluencePagePath(review.page)), adfText('. ')] : []),
        adfText('The minutes and every decision are recorded in the Audit programme app.'),
      ),
    ],
  };
  return {
    projectKey: context.settings.correctiveActions.projectKey,
    issueType: context.settings.correctiveActions.issueType,
    summary: decisionTitle(decision),
    description,
    dueDate: decision.dueDate,
    labels: context.settings.labels,
    appFields: {},
    audit: { auditId: null, findingId: null, correctiveActionId: null, reviewDecisionId: decisionId },
  };
}

/** Where people find the rest of the story: the app's panel on the issue itself, by its title. */
const panelPointer =
  'Root cause, actions and verification are recorded in the "Audit finding and corrective action" panel on this issue.';

/**
 * The audit's title and the way back: its plan page in Confluence when published (a site-relative
 * link: Jira and Confluence share the site), and the issue's own panel by name.
 */
function auditParagraph(audit: AuditRecord | null, auditId: string, raisedOn: string | null) {
  const title = audit?.plan.title ?? auditId;
  const page = audit?.planPage;
  return paragraph(
    adfText(`${title}${raisedOn ? `, raised on ${raisedOn}` : ''}. `),
    ...(page ? [link('Audit plan in Confluence', confluencePagePath(page)), adfText('. ')] : []),
    adfText(panelPointer),
  );
}

/** Where a nonconformity from outside an audit came from, in the words the register uses. */
function sourceParagraph(source: FindingSource, raisedOn: string | null) {
  return paragraph(
    adfText(`${describeSource(source)}${raisedOn ? `, recorded on ${raisedOn}` : ''}. `),
    adfText(panelPointer),
  );
}

/** The subject's issue, whichever kind it is. */
export async function issueForTracked(
  services: AppServices,
  context: RaiseContext,
  tracked: TrackedIssueRecord,
): Promise<NewJiraIssue> {
  if (tracked.subject === 'finding') return findingIssue(context, tracked.subjectId);
  if (tracked.subject === 'reviewDecision') return decisionIssue(context, tracked.subjectId);
  const action = await services.store.get('correctiveAction', tracked.subjectId);
  if (!action) throw notFound(`The corrective action ${tracked.subjectId} no longer exists`);
  return actionIssue(context, tracked.subjectId, action.record);
}
