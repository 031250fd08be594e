import type { ParsedInput } from '../../../contract/resolvers';
import type { ObjectivesAndTargetsView, SecurityObjectiveView } from '../../../contract/objectives';
import type { RecordStamp } from '../../../contract/programme';
import { notFound } from '../../../domain/failure';
import { noKpiTargets, suggestedKpiTargets, type KpiTargets } from '../../../domain/review/objectives/kpiTarget';
import type { SecurityObjective } from '../../../domain/review/objectives/securityObjective';
import type { StoredRecord } from '../../../ports/recordStore';
import { expectVersion } from '../../expectVersion';
import type { AppServices, Caller } from '../../services';

export const KPI_TARGETS_ID = 'programme';

/** The programme's KPI targets among records already read, or none before a first save. */
export function kpiTargetsAmong(stored: ReadonlyArray<StoredRecord<KpiTargets>>): KpiTargets {
  return stored.find((s) => s.id === KPI_TARGETS_ID)?.record ?? noKpiTargets;
}

async function stampOf(services: AppServices, stored: StoredRecord<unknown> | null): Promise<RecordStamp> {
  return {
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    updatedByName: stored ? await services.directory.displayName(stored.updatedBy) : null,
  };
}

/** The targets and every objective, in one read of the store. */
export async function getObjectivesAndTargets(services: AppServices): Promise<ObjectivesAndTargetsView> {
  const listed = await services.store.listMany(['kpiTargets', 'securityObjective']);
  const targets = listed.kpiTargets.find((s) => s.id === KPI_TARGETS_ID) ?? null;
  const objectives: SecurityObjectiveView[] = [];
  for (const stored of [...listed.securityObjective].sort(
    (a, b) => a.record.dueDate.localeCompare(b.record.dueDate) || a.id.localeCompare(b.id),
  )) {
    objectives.push({ id: stored.id, objective: stored.record, ...(await stampOf(services, stored)) });
  }
  return {
    targets: targets?.record ?? noKpiTargets,
    targetsStamp: await stampOf(services, targets),
    suggestedTargets: suggestedKpiTargets,
    objectives,
  };
}

/**
 * The programme manager sets the target per KPI, as one versioned record: the whole set is
 * replaced, so a KPI left out has no target from then on. The tiles apply targets when they are
 * shown, never inside their held figures, so a new target shows on the next view.
 */
export async function saveKpiTargets(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveKpiTargets'>,
): Promise<ObjectivesAndTargetsView> {
  const after: KpiTargets = { targets: input.targets };
  const current = await services.store.get('kpiTargets', KPI_TARGETS_ID);
  expectVersion(current, input.expectedVersion, 'The KPI targets');
  await services.store.apply({
    entity: 'kpiTargets',
    id: KPI_TARGETS_ID,
    before: current,
    after,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  return getObjectivesAndTargets(services);
}

/**
 * Adds an objective (no id: a new record, created once) or changes one at the version the caller
 * read. The owner's display name is taken now and kept with the record (a printed name, Part 11).
 */
export async function saveSecurityObjective(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveSecurityObjective'>,
): Promise<ObjectivesAndTargetsView> {
  const id = input.objectiveId ?? services.ids.newId('objective');
  const current = input.objectiveId ? await services.store.get('securityObjective', input.objectiveId) : null;
  if (input.objectiveId && !current) {
    throw notFound(`No information-security objective ${input.objectiveId}: reload the objectives and try again.`);
  }
  expectVersion(current, input.expectedVersion, 'The objective');
  const after: SecurityObjective = {
    ...input.objective,
    ownerName: await services.directory.displayName(input.objective.ownerId),
  };
  await services.store.apply({
    entity: 'securityObjective',
    id,
    before: current,
    after,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  return getObjectivesAndTargets(services);
}
