import { daysOverdue } from '../../actions/overdueRules';
import { jiraIssuePath } from '../../links/siteLinks';
import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { findingClosure } from '../../actions/findingClosure';
import type { NcExemptionRecord } from '../../actions/ncExemption';
import { catalogueItem } from '../../catalogue/catalogue';
import { findingDueDates } from '../../jira/dueDates';
import type { JiraSettings } from '../../jira/jiraSettings';
import type { TrackedIssueRecord } from '../../jira/trackedIssue';
import type { FindingGrade, FindingRecord } from '../../audits/finding';
import { describeSource, type FindingSourceKind } from '../../findings/findingSource';
import { findingStatus } from './findingStatus';

/** One line of the finding register (the contract's `FindingRegisterRow`). */
export interface FindingRegisterRow {
  findingId: string;
  /** null for a nonconformity from outside an audit. */
  auditId: string | null;
  /** The audit's title, or for a nonconformity from outside an audit its source in words. */
  auditTitle: string;
  source: FindingSourceKind;
  /** "Regulatory inspection: FDA 483-2026-0142, observation 3" (see describeSource). */
  sourceTitle: string;
  areaId: string;
  areaName: string;
  grade: FindingGrade;
  itemId: string;
  itemTitle: string;
  raisedOn: string;
  /** Jira's status when it has an issue, else the app's word (e.g. "Not raised"). */
  status: string;
  /** Not closed by the app's one rule (findingClosure); Jira's status never closes a finding. */
  open: boolean;
  issueKey: string | null;
  /** Site-relative `/browse/KEY`. */
  issueUrl: string | null;
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number;
}

export interface FindingRegisterSource {
  findings: ReadonlyArray<{ id: string; record: FindingRecord }>;
  /** By audit id; an audit removed since shows by its id. */
  auditTitles: ReadonlyMap<string, string>;
  /** By area id; an area removed since shows by its id. */
  areaNames: ReadonlyMap<string, string>;
  /** Each finding's tracked-issue record, by finding id. */
  trackedByFinding: ReadonlyMap<string, TrackedIssueRecord>;
  /** The corrective actions answering each finding, by finding id. */
  actionsByFinding: ReadonlyMap<string, ReadonlyArray<Pick<CorrectiveActionRecord, 'state' | 'closedAt'>>>;
  /** Signed exemptions from corrective action, by finding id. */
  exemptions: ReadonlyMap<string, NcExemptionRecord>;
  /** The programme's time zone: a closing instant becomes a day there. */
  timeZone: string;
  /** The saved Jira settings' due-date policy; null before Jira is set up (no policy dates). */
  duePolicy: Pick<JiraSettings, 'dueDates'> | null;
  workingDays: readonly number[];
  /** First and last day, inclusive. */
  period: { from: string; to: string };
  /** Today in the programme's time zone. */
  today: string;
}

export interface FindingRegisterFilters {
  auditId?: string | undefined;
  /** Where the nonconformities came from: an internal audit, an inspection, a complaint… */
  source?: FindingSourceKind | undefined;
  areaId?: string | undefined;
  grade?: FindingGrade | undefined;
  /** A clause or control; a parent clause (9.2) takes in its sub-clauses (9.2.1, 9.2.2). */
  itemId?: string | undefined;
  status?: 'open' | 'closed' | 'all' | undefined;
  overdueOnly?: boolean | undefined;
}

/** Severity order of the grades: the register lists the worst first. */
export const gradeSeverity: Record<FindingGrade, number> = { majorNC: 0, minorNC: 1, observation: 2, opportunity: 3 };

export const defaultRegisterLimit = 200;

/**
 * A finding as the register shows it. Due is the date Jira holds for its issue when the app has
 * mirrored one (people move it there), else the implementation date of its grade's policy counted
 * from the day it was raised. Open or closed is the app's one rule (findingClosure), not Jira's
 * status, which shows beside it in Jira's own words. Overdue: still open and due before today.
 */
function registerRow(source: FindingRegisterSource, id: string, finding: FindingRecord): FindingRegisterRow {
  const { content, raisedOn, auditId, source: origin } = finding;
  const state = findingStatus(source.trackedByFinding.get(id));
  const closure = findingClosure({
    actions: source.actionsByFinding.get(id) ?? [],
    exemption: source.exemptions.get(id) ?? null,
    timeZone: source.timeZone,
  });
  const policyDue = source.duePolicy
    ? findingDueDates(source.duePolicy, content.grade, raisedOn, source.workingDays).implementation
    : null;
  const dueDate = state.jiraDueDate ?? policyDue;
  const overdue = !closure.closed && dueDate !== null && dueDate < source.today;
  return {
    findingId: id,
    auditId,
    auditTitle: auditId === null ? describeSource(origin) : (source.auditTitles.get(auditId) ?? auditId),
    source: origin.kind,
    sourceTitle: describeSource(origin),
    areaId: content.areaId,
    areaName: source.areaNames.get(content.areaId) ?? content.areaId,
    grade: content.grade,
    itemId: content.itemId,
    itemTitle: catalogueItem(content.itemId)?.title ?? '',
    raisedOn,
    status: state.status,
    open: !closure.closed,
    issueKey: state.issueKey,
    issueUrl: state.issueKey ? jiraIssuePath(state.issueKey) : null,
    dueDate,
    overdue,
    daysOverdue: overdue && dueDate ? daysOverdue(dueDate, source.today) : 0,
  };
}

/** The register's order: overdue first, then the worst grade, then the oldest, then by id. */
export function compareRegisterRows(a: FindingRegisterRow, b: FindingRegisterRow): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    gradeSeverity[a.grade] - gradeSeverity[b.grade] ||
    (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0) ||
    (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : 0)
  );
}

const matchesItem = (rowItem: string, filter: string) => rowItem === filter || rowItem.startsWith(`${filter}.`);

function matches(row: FindingRegisterRow, filters: FindingRegisterFilters): boolean {
  if (filters.auditId !== undefined && row.auditId !== filters.auditId) return false;
  if (filters.source !== undefined && row.source !== filters.source) return false;
  if (filters.areaId !== undefined && row.areaId !== filters.areaId) return false;
  if (filters.grade !== undefined && row.grade !== filters.grade) return false;
  if (filters.itemId !== undefined && !matchesItem(row.itemId, filters.itemId)) return false;
  if (filters.status === 'open' && !row.open) return false;
  if (filters.status === 'closed' && row.open) return false;
  if (filters.overdueOnly === true && !row.overdue) return false;
  return true;
}

/**
 * The finding register of a period: every finding raised in it (first to last day, inclusive) that
 * passes the filters, in register order. `total` counts them all; `rows` stops at `limit` (the page
 * shows a screenful, the CSV export passes no limit and gets every line).
 */
export function findingRegister(
  source: FindingRegisterSource,
  filters: FindingRegisterFilters = {},
  limit: number | null = null,
): { rows: FindingRegisterRow[]; total: number } {
  const { from, to } = source.period;
  const rows = source.findings
    .filter(({ record }) => from <= record.raisedOn && record.raisedOn <= to)
    .map(({ id, record }) => registerRow(source, id, record))
    .filter((row) => matches(row, filters))
    .sort(compareRegisterRows);
  return { rows: limit === null ? rows : rows.slice(0, limit), total: rows.length };
}
