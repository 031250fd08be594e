import type { FindingView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { conflict, forbidden, invalidInput } from '../../domain/failure';
import { maySignFindingsAlone, teamRoleOf, teamRoleTitles } from '../../domain/auditors/teamRoles';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { FindingContent, FindingRecord } from '../../domain/audits/finding';
import { describeSource, internalAuditSource } from '../../domain/findings/findingSource';
import { auditStateTitles, canRecordFinding } from '../../domain/audits/auditState';
import { repeatedFindings, type FindingRef } from '../../domain/audits/repeatFindings';
import { findingHistory } from '../../domain/audits/findingRevision';
import type { StoredRecord } from '../../ports/recordStore';
import { cycleContext } from '../programme/cycleContext';
import { lookupOnce } from '../lookupOnce';
import type { AppServices, Caller } from '../services';
import { loadAudit, requireAuditAction } from '../access/auditAccess';

/**
 * Records one finding on an audit the caller may do fieldwork on. The one code path for findings:
 * `recordFinding` and a nonconformity line of the checklist both come here. `field` is where the
 * finding sits in the caller's payload, so bad input names the field the client sent.
 */
export async function raiseFinding(
  services: AppServices,
  caller: Caller,
  audit: StoredRecord<AuditRecord>,
  content: FindingContent,
  field = 'finding',
): Promise<StoredRecord<FindingRecord>> {
  await requireAuditAction(services, caller, audit.record, 'fieldwork');
  const { state, checklist, plan } = audit.record;
  const role = teamRoleOf(plan, caller.accountId);
  if (!maySignFindingsAlone(role)) {
    throw forbidden(
      `${await services.directory.displayName(caller.accountId)} is on "${plan.title}" as a ${teamRoleTitles[role ?? 'trainee']}: a finding is recorded under the name of its lead auditor or an auditor, so tell them what you found`,
    );
  }
  if (!canRecordFinding(state)) {
    throw conflict(
      `"${plan.title}" is ${auditStateTitles[state]}: findings are recorded while it is in progress or reporting`,
    );
  }
  if (!checklist.some((line) => line.itemId === content.itemId)) {
    throw invalidInput(`${field}.itemId`, `${content.itemId} is not in the scope (checklist) of "${plan.title}"`);
  }
  if (!plan.areaIds.includes(content.areaId)) {
    throw invalidInput(`${field}.areaId`, `The area ${content.areaId} is not one of the areas "${plan.title}" audits`);
  }
  // A repeat is always in the same area: its findings are one indexed read, not the whole table.
  const earlier = await earlierFindings(services, content.areaId);
  return saveNewFinding(services, caller, { auditId: audit.id, source: internalAuditSource, content }, earlier);
}

/** What repeat detection compares a new finding with. */
export type EarlierFinding = FindingRef & { id: string };

/**
 * Every finding stored (or only one area's, where repeats of a single finding are sought), as
 * repeat detection reads them. A repeat is judged across every audit and every source: the point
 * is to see a problem come back in the same place after an earlier audit, inspection or complaint
 * (and its corrective action) should have dealt with it.
 */
export async function earlierFindings(services: AppServices, areaId?: string): Promise<EarlierFinding[]> {
  const stored =
    areaId === undefined
      ? await services.store.list('finding')
      : await services.store.listBy('finding', 'areaId', areaId);
  return stored.map((finding) => ({
    id: finding.id,
    itemId: finding.record.content.itemId,
    areaId: finding.record.content.areaId,
    raisedOn: finding.record.raisedOn,
  }));
}

/**
 * Writes one new finding, raised today (programme time zone) by the caller, with its repeats
 * flagged against `earlier`; the new one is added to `earlier`, so a batch (an inspection's
 * observations) also sees its own earlier lines. The caller has checked who may and what.
 */
export async function saveNewFinding(
  services: AppServices,
  caller: Caller,
  origin: Pick<FindingRecord, 'auditId' | 'source' | 'content'>,
  earlier: EarlierFinding[],
): Promise<StoredRecord<FindingRecord>> {
  const raisedOn = (await cycleContext(services)).today;
  const id = services.ids.newId('finding');
  const { content } = origin;
  const repeatOf = repeatedFindings({ id, itemId: content.itemId, areaId: content.areaId, raisedOn }, earlier).map(
    (finding) => finding.id,
  );
  const saved = await services.store.apply({
    entity: 'finding',
    id,
    before: null,
    after: { ...origin, raisedOn, raisedBy: caller.accountId, repeatOf },
    actor: caller.accountId,
    at: services.clock.now(),
  });
  if (!saved) throw new Error('saveNewFinding: the store returned no record for a write');
  earlier.push({ id, itemId: content.itemId, areaId: content.areaId, raisedOn });
  return saved;
}

/** Names for the views, each looked up once per request. */
export function viewNames(services: AppServices) {
  return {
    area: lookupOnce(async (id) => (await services.store.get('auditableArea', id))?.record.name ?? id),
    audit: lookupOnce(async (id) => (await services.store.get('audit', id))?.record.plan.title ?? id),
    person: lookupOnce((id) => services.directory.displayName(id)),
  };
}

export async function toView(
  names: ReturnType<typeof viewNames>,
  stored: StoredRecord<FindingRecord>,
): Promise<FindingView> {
  const finding = stored.record;
  return {
    id: stored.id,
    version: stored.version,
    finding,
    itemTitle: catalogueItem(finding.content.itemId)?.title ?? finding.content.itemId,
    areaName: await names.area(finding.content.areaId),
    // A nonconformity from outside an audit is named by its source where the audit would be.
    auditTitle: finding.auditId === null ? describeSource(finding.source) : await names.audit(finding.auditId),
    raisedByName: await names.person(finding.raisedBy),
    isRepeat: finding.repeatOf.length > 0,
    withdrawn: finding.withdrawn === true,
    history: findingHistory(finding),
  };
}

/** A graded finding on an audit in progress or reporting, by its lead auditor or a team member. */
export async function recordFinding(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'recordFinding'>,
): Promise<FindingView> {
  const audit = await loadAudit(services, command.auditId);
  const saved = await raiseFinding(services, caller, audit, command.finding);
  return toView(viewNames(services), saved);
}

/** The findings of one audit, or of every audit, newest first. */
export async function listFindings(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'listFindings'>,
): Promise<{ findings: FindingView[] }> {
  let stored: StoredRecord<FindingRecord>[];
  if (query.auditId === undefined) {
    stored = await services.store.list('finding');
  } else {
    await loadAudit(services, query.auditId);
    stored = await services.store.listBy('finding', 'auditId', query.auditId);
  }
  // Findings are never edited here, so `updatedAt` is when each was written: it orders a day's findings.
  const newestFirst = [...stored].sort(
    (a, b) =>
      b.record.raisedOn.localeCompare(a.record.raisedOn) ||
      b.updatedAt.localeCompare(a.updatedAt) ||
      b.id.localeCompare(a.id, 'en', { numeric: true }),
  );
  const names = viewNames(services);
  return { findings: await Promise.all(newestFirst.map((finding) => toView(names, finding))) };
}
