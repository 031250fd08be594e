import type { AssignmentCheckView, OverrideView } from '../../contract/audits';
import { impartialityRefusal, invalidInput, type Failure } from '../../domain/failure';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { AuditPlanContent } from '../../domain/audits/auditPlan';
import { expandScope } from '../../domain/audits/scope';
import { teamWithRoles, type TeamRole } from '../../domain/auditors/teamRoles';
import { competenceFor } from '../../domain/auditors/competence';
import { defaultMinEvaluationResult } from '../../domain/auditors/evaluation';
import { conflictsAfterOverrides, impartialityConflicts } from '../../domain/auditors/impartiality';
import { describeOwnership, ownershipConflicts } from '../../domain/auditors/ownership';
import { teamCompetence } from '../../domain/auditors/teamCompetence';
import { callerRoles, programmeManagers } from '../access/callerRoles';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import { loadSoa } from '../soa/statementOfApplicability';
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
      areaName:
        record.areaId !== undefined ? (areas.get(record.areaId) ?? record.areaId) : `scope line ${record.itemId}`,
      signature,
    });
  }
  return views.sort((a, b) => a.override.approvedAt.localeCompare(b.override.approvedAt));
}

/**
 * The app roles a place in the team needs (docs/domain.md "People"): the lead holds leadAuditor,
 * an auditor holds auditor or leadAuditor. A technical expert or trainee audits nothing alone, so
 * their register entry is enough.
 */
function roleProblem(name: string, role: TeamRole, roles: readonly string[]): string | null {
  if (role === 'lead' && !roles.includes('leadAuditor')) return `${name} does not hold the lead auditor role`;
  if (role === 'auditor' && !roles.includes('auditor') && !roles.includes('leadAuditor'))
    return `${name} holds neither the auditor nor the lead auditor role`;
  return null;
}

/**
 * For the lead and every team member of a plan: fit for their place (role, certificate, lead
 * qualification, latest evaluation), impartial towards its areas and towards the controls and
 * processes they own (after signed overrides); and what the team together is not competent for.
 */
export async function assignmentChecks(
  services: AppServices,
  plan: AuditPlanContent,
  overrides: readonly OverrideView[],
  today: string,
  allAreas: readonly StoredRecord<AuditableArea>[],
): Promise<AssignmentCheckView[]> {
  const people = teamWithRoles(plan);
  if (people.length === 0) return [];
  const areas = allAreas.map((a) => ({
    id: a.id,
    ownerId: a.record.ownerId,
    memberIds: a.record.memberIds,
  }));
  const [managers, settings, soa] = await Promise.all([
    programmeManagers(services),
    currentProgrammeSettings(services),
    loadSoa(services),
  ]);
  const controlOwners = (soa?.record.entries ?? []).map((e) => ({ controlId: e.controlId, ownerId: e.ownerId }));
  const signed = overrides
    .filter((o) => o.signature !== null)
    .map((o) => ({ ...o.override, signatureId: o.signature!.id }));
  const scope = expandScope(plan.itemIds);
  const registered = await Promise.all(people.map(({ accountId }) => services.store.get('auditor', accountId)));
  const team = teamCompetence({
    members: people.map(({ accountId, role }, i) => ({
      accountId,
      role,
      auditor: registered[i]?.record ?? null,
      evaluations: registered[i]?.record.evaluations ?? [],
    })),
    scopeItemIds: scope,
    day: today,
    minEvaluationResult: settings.minEvaluationResult ?? defaultMinEvaluationResult,
  });
  const approvers = { programmeManagerIds: managers };
  const checks: AssignmentCheckView[] = [];
  for (const [i, { accountId, role }] of people.entries()) {
    const entry = registered[i];
    const own = entry ? competenceFor(entry.record, scope, today) : null;
    const reasons = team.members[i]?.reasons ?? [];
    const conflicts = impartialityConflicts({ auditorId: accountId, areas, scopeAreaIds: plan.areaIds });
    const ownership = ownershipConflicts({
      auditorId: accountId,
      scopeItemIds: scope,
      controlOwners,
      processOwners: settings.processOwners ?? [],
    });
    const name = await services.directory.displayName(accountId);
    checks.push({
      accountId,
      name,
      role: role === 'lead' ? 'lead' : 'team',
      teamRole: role,
      roleProblem: roleProblem(name, role, await callerRoles(services, accountId)),
      competence: {
        competent: reasons.length === 0,
        reasons,
        uncoveredItems: own?.uncoveredItems ?? scope,
        expiringSoon: own?.expiringSoon ?? [],
      },
      conflicts,
      blockingConflicts: conflictsAfterOverrides(conflicts, signed, approvers),
      ownership,
      blockingOwnership: conflictsAfterOverrides(ownership, signed, approvers),
      teamUncoveredItems: team.uncoveredItems,
    });
  }
  return checks;
}

/**
 * The first reason the plan's people cannot be assigned, as an `invalid_input` naming the field
 * (`plan.leadAuditorId` or `plan.teamIds.N`; `plan.teamIds` when the team together lacks a
 * competence), or null when everyone may audit it.
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
      return impartialityRefusal(
        field,
        `Impartiality: ${check.name} ${relation} ${areaNames.get(conflict.areaId) ?? conflict.areaId} and cannot audit it. Only a programme manager's signed override can allow it.`,
        { auditorId: check.accountId, areaId: conflict.areaId },
      );
    }
    const owned = check.blockingOwnership[0];
    if (owned) {
      return impartialityRefusal(
        field,
        `Impartiality: ${describeOwnership(check.name, owned)} and cannot audit it. Only a programme manager's signed override can allow it.`,
        { auditorId: check.accountId, itemId: owned.itemId },
      );
    }
    if (!check.competence.competent) {
      return invalidInput(
        field,
        `Competence: ${check.name} cannot be assigned. ${check.competence.reasons.join('; ')}`,
      );
    }
  }
  const gaps = checks[0]?.teamUncoveredItems ?? [];
  if (gaps.length > 0) {
    return invalidInput(
      'plan.teamIds',
      `Competence: no competence domain in the team covers ${gaps.join(', ')}. Add an auditor or technical expert who knows ${gaps.length === 1 ? 'it' : 'them'}, or narrow the scope.`,
    );
  }
  return null;
}
