import type { AssignmentCheckView, OverrideView } from '../../contract/audits';
import { invalidInput, type Failure } from '../../domain/failure';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { AuditPlanContent } from '../../domain/audits/auditPlan';
import { expandScope } from '../../domain/audits/scope';
import { competenceFor } from '../../domain/auditors/competence';
import { conflictsAfterOverrides, impartialityConflicts } from '../../domain/auditors/impartiality';
import { callerRoles, programmeManagers } from '../access/callerRoles';
import { signaturesOf } from '../signing/signatures';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

/**
 * The overrides recorded for an audit, each with its signature. `allAreas` is the caller's one read
 * of the areas, shared with `assignmentChecks` so a page load lists them once. An override lifts a conflict only
 * when signed as `impartialityOverride` by the programme manager who made it.
 */
export async function overridesOf(
  services: AppServices,
  auditId: string | null,
  allAreas: readonly StoredRecord<AuditableArea>[],
): Promise<OverrideView[]> {
  if (!auditId) return [];
  const stored = await services.store.listBy('impartialityOverride', 'auditId', auditId);
  const areas = new Map(allAreas.map((a) => [a.id, a.record.name]));
  const views: OverrideView[] = [];
  for (const { id, record } of stored) {
    const { signatures } = await signaturesOf(services, { recordType: 'impartialityOverride', recordId: id });
    const signature =
      signatures.find(
        (s) =>
          s.meaning === 'impartialityOverride' &&
          s.signerAccountId === record.approvedBy &&
          s.status === 'current' &&
          s.bindingIntact,
      ) ?? null;
    views.push({
      id,
      override: record,
      auditorName: await services.directory.displayName(record.auditorId),
      approvedByName: await services.directory.displayName(record.approvedBy),
      areaName: areas.get(record.areaId) ?? record.areaId,
      signature,
    });
  }
  return views.sort((a, b) => a.override.approvedAt.localeCompare(b.override.approvedAt));
}

/** The app roles a place in the team needs: the programme manager grants them (docs/domain.md "People"). */
function roleProblem(name: string, role: 'lead' | 'team', roles: readonly string[]): string | null {
  if (role === 'lead' && !roles.includes('leadAuditor')) return `${name} does not hold the lead auditor role`;
  if (role === 'team' && !roles.includes('auditor') && !roles.includes('leadAuditor'))
    return `${name} holds neither the auditor nor the lead auditor role`;
  return null;
}

/**
 * Competence (valid certificate, domains covering the scope) and impartiality (owner or member of
 * an area in scope, after signed overrides) for the lead and every team member of a plan.
 */
export async function assignmentChecks(
  services: AppServices,
  plan: AuditPlanContent,
  overrides: readonly OverrideView[],
  today: string,
  allAreas: readonly StoredRecord<AuditableArea>[],
): Promise<AssignmentCheckView[]> {
  const people = [
    ...(plan.leadAuditorId ? [{ accountId: plan.leadAuditorId, role: 'lead' as const }] : []),
    ...plan.teamIds.map((accountId) => ({ accountId, role: 'team' as const })),
  ];
  if (people.length === 0) return [];
  const areas = allAreas.map((a) => ({
    id: a.id,
    ownerId: a.record.ownerId,
    memberIds: a.record.memberIds,
  }));
  const managers = await programmeManagers(services);
  const signed = overrides
    .filter((o) => o.signature !== null)
    .map((o) => ({ ...o.override, signatureId: o.signature!.id }));
  const scope = expandScope(plan.itemIds);
  const checks: AssignmentCheckView[] = [];
  for (const { accountId, role } of people) {
    const registered = await services.store.get('auditor', accountId);
    const competence = registered
      ? competenceFor(registered.record, scope, today)
      : {
          competent: false,
          reasons: ['Not in the auditor register'],
          uncoveredItems: scope,
          expiringSoon: [],
        };
    const conflicts = impartialityConflicts({ auditorId: accountId, areas, scopeAreaIds: plan.areaIds });
    const name = await services.directory.displayName(accountId);
    checks.push({
      accountId,
      name,
      role,
      roleProblem: roleProblem(name, role, await callerRoles(services, accountId)),
      competence,
      conflicts,
      blockingConflicts: conflictsAfterOverrides(conflicts, signed, { programmeManagerIds: managers }),
    });
  }
  return checks;
}

/**
 * The first reason the plan's people cannot be assigned, as an `invalid_input` naming the field
 * (`plan.leadAuditorId` or `plan.teamIds.N`), or null when everyone may audit it.
 */
export function assignmentFailure(
  plan: AuditPlanContent,
  checks: readonly AssignmentCheckView[],
  areaNames: ReadonlyMap<string, string> = new Map(),
): Failure | null {
  for (const check of checks) {
    const field =
      check.role === 'lead' ? 'plan.leadAuditorId' : `plan.teamIds.${plan.teamIds.indexOf(check.accountId)}`;
    if (check.roleProblem) return invalidInput(field, `${check.roleProblem}: a programme manager can grant it`);
    const conflict = check.blockingConflicts[0];
    if (conflict) {
      const relation = conflict.reason === 'owner' ? 'owns' : 'is a member of';
      return invalidInput(
        field,
        `Impartiality: ${check.name} ${relation} ${areaNames.get(conflict.areaId) ?? conflict.areaId} and cannot audit it. Only a programme manager's signed override can allow it.`,
      );
    }
    if (!check.competence.competent) {
      return invalidInput(
        field,
        `Competence: ${check.name} cannot be assigned. ${check.competence.reasons.join('; ')}`,
      );
    }
  }
  return null;
}
