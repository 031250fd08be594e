import type { AuditSummary, AuditView, ChecklistLineView, OverrideView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { hasAccess } from '../../domain/access/appRole';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { AuditReportRecord } from '../../domain/reports/auditReport';
import { callerRoles } from '../access/callerRoles';
import { toAuditSummary } from '../programme/auditSummary';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';
import { assignmentChecks, overridesOf } from './assignmentChecks';
import { loadAudit, mayActOnAudit } from '../access/auditAccess';
import { stepsView } from './stepFacts';

async function areaNamesOf(services: AppServices): Promise<Map<string, string>> {
  return new Map((await services.store.list('auditableArea')).map((a) => [a.id, a.record.name]));
}

/**
 * Reports per read: an approved report carries its approved page body (tens of KiB), so a few
 * dozen a statement keep each answer far under Forge SQL's 4 MiB.
 */
const REPORTS_PER_READ = 32;

async function reportsOf(services: AppServices, auditIds: readonly string[]): Promise<Map<string, AuditReportRecord>> {
  const reports = new Map<string, AuditReportRecord>();
  for (let i = 0; i < auditIds.length; i += REPORTS_PER_READ) {
    const found = await services.store.getMany('auditReport', auditIds.slice(i, i + REPORTS_PER_READ));
    for (const [id, report] of found) reports.set(id, report.record);
  }
  return reports;
}

/** A cycle's audits by planned start, then title; the late ones are marked. */
export async function listAudits(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'listAudits'>,
): Promise<{ audits: AuditSummary[] }> {
  const { programmeId, today } = await cycleContext(services, query.cycleStart);
  const stored = await services.store.listBy('audit', 'programmeId', programmeId);
  if (stored.length === 0) return { audits: [] };
  const areaNames = await areaNamesOf(services);
  // The cycle's audits alone: their findings counted by the database (not read), their reports by
  // id. A list shows each report's recorded integrity, never asks Confluence.
  const auditIds = stored.map((audit) => audit.id);
  const findings = await services.store.countBy('finding', 'auditId', auditIds);
  const reports = await reportsOf(services, auditIds);
  const audits = await Promise.all(
    stored.map((audit) =>
      toAuditSummary(services, audit, today, areaNames, findings.get(audit.id) ?? 0, reports.get(audit.id) ?? null),
    ),
  );
  audits.sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.title.localeCompare(b.title));
  return { audits };
}

function checklistLines(audit: AuditRecord): ChecklistLineView[] {
  return audit.checklist.map((line) => {
    const item = catalogueItem(line.itemId);
    return { ...line, title: item?.title ?? line.itemId, guidance: item?.guidance ?? '' };
  });
}

/** Everyone the audit names, with the printed name the page shows (Part 11: names, not ids). */
async function peopleOf(
  services: AppServices,
  audit: AuditRecord,
  areas: ReadonlyArray<{ ownerId: string; memberIds: string[] }>,
  overrides: readonly OverrideView[],
): Promise<Record<string, string>> {
  const ids = new Set<string>([
    ...(audit.plan.leadAuditorId ? [audit.plan.leadAuditorId] : []),
    ...audit.plan.teamIds,
    ...audit.plan.auditeeIds,
    ...areas.flatMap((area) => [area.ownerId, ...area.memberIds]),
    ...overrides.flatMap((o) => [o.override.auditorId, o.override.approvedBy]),
    ...(audit.dateChanges ?? []).map((change) => change.changedBy),
  ]);
  const people: Record<string, string> = {};
  for (const id of [...ids].sort()) people[id] = await services.directory.displayName(id);
  return people;
}

/**
 * One audit as its page shows it: the plan and checklist with our guidance, who is assigned with
 * their competence and impartiality checks, the overrides with their signatures, and what the
 * caller may do (each resolver checks again; these flags only shape the page).
 */
export async function getAudit(
  services: AppServices,
  caller: Caller,
  query: ParsedInput<'getAudit'>,
): Promise<AuditView> {
  const stored = await loadAudit(services, query.auditId);
  const audit = stored.record;
  const { today } = await cycleContext(services);
  const allAreas = await services.store.list('auditableArea');
  const areaNames = new Map(allAreas.map((a) => [a.id, a.record.name]));
  const scopeAreas = allAreas.filter((a) => audit.plan.areaIds.includes(a.id)).map((a) => a.record);
  const findings = await services.store.listBy('finding', 'auditId', stored.id);
  const overrides = await overridesOf(services, stored.id, allAreas);
  // An area deleted since planning cannot be checked for conflicts: show no checks rather than fail the page.
  const checkable = scopeAreas.length === audit.plan.areaIds.length;
  const assignments = checkable ? await assignmentChecks(services, audit.plan, overrides, today, allAreas) : [];

  const manage = await mayActOnAudit(services, caller, audit, 'manage');
  const fieldwork = await mayActOnAudit(services, caller, audit, 'fieldwork');
  const isProgrammeManager = hasAccess(await callerRoles(services, caller.accountId), ['programmeManager']);
  const open = audit.state === 'planned' || audit.state === 'inProgress';
  const steps = await stepsView(services, stored, caller, manage);
  return {
    ...(await toAuditSummary(
      services,
      stored,
      today,
      areaNames,
      findings.length,
      (await services.store.get('auditReport', stored.id))?.record ?? null,
    )),
    audit,
    programmeId: audit.programmeId,
    checklist: checklistLines(audit),
    assignments,
    overrides,
    people: await peopleOf(services, audit, scopeAreas, overrides),
    steps,
    can: {
      editPlan: manage && open,
      move: manage && audit.state !== 'closed',
      recordResults: fieldwork && (audit.state === 'inProgress' || audit.state === 'reporting'),
      publish: manage && open,
      override: isProgrammeManager && audit.state !== 'closed',
    },
  };
}
