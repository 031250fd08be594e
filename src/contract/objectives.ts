import { z } from 'zod';
import { resolver, reason, expectedVersion, recordId } from './resolverSpec';
import type { RecordStamp } from './programme';
import { KpiTarget, oneTargetPerKpi, type KpiTargets } from '../domain/review/objectives/kpiTarget';
import { KpiKey } from '../domain/review/macroConfig';
import { SecurityObjectiveInput, type SecurityObjective } from '../domain/review/objectives/securityObjective';

/** One objective as the programme page lists it, with its record's version to send back. */
export interface SecurityObjectiveView extends RecordStamp {
  id: string;
  objective: SecurityObjective;
}

/** The organisation's KPI targets and information-security objectives (ISO 27001 6.2). */
export interface ObjectivesAndTargetsView {
  targets: KpiTargets;
  /** The targets record's stamp: version 0 while none was ever saved (send it back as `expectedVersion`). */
  targetsStamp: RecordStamp;
  /** The app's old colour bands, offered as a starting point only: not targets until saved. */
  suggestedTargets: KpiTargets;
  /** Earliest due date first. */
  objectives: SecurityObjectiveView[];
}

/** The KPI targets and objectives: read by anyone with an app role, set by the programme manager. */
export const objectiveResolvers = {
  getObjectivesAndTargets: resolver<ObjectivesAndTargetsView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The organisation’s target per KPI and its information-security objectives (6.2).',
  }),
  saveKpiTargets: resolver<ObjectivesAndTargetsView>()({
    input: z
      .object({ targets: z.array(KpiTarget).max(KpiKey.options.length), expectedVersion, reason })
      .strict()
      .refine(oneTargetPerKpi, { message: 'A KPI has two targets: give each KPI one', path: ['targets'] }),
    access: ['programmeManager'],
    summary: 'Set the target per KPI: direction, value and tolerance band (versioned; a KPI left out has none).',
  }),
  saveSecurityObjective: resolver<ObjectivesAndTargetsView>()({
    input: z
      .object({
        /** Left out: a new objective (send `expectedVersion` 0). */
        objectiveId: recordId.optional(),
        objective: SecurityObjectiveInput,
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Add or change an information-security objective: what, measure, target, owner, due date, status.',
  }),
} as const;
