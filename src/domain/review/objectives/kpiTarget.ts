import { z } from 'zod';
import { KpiKey } from '../macroConfig';

/** Whether a KPI meets its target at or above the target value, or at or below it. */
export const TargetDirection = z.enum(['atLeast', 'atMost'], {
  error: 'Say whether the target is at least or at most',
});
export type TargetDirection = z.infer<typeof TargetDirection>;

/** The KPIs whose figure is a percentage: a target above 100 % could never be met or missed. */
export const percentKpis: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'auditsOnSchedule',
  'coverage',
  'caEffectiveness',
  'trainingCompletion',
]);

const figure = (what: string) =>
  z
    .number({ error: `The ${what} is a number` })
    .finite(`The ${what} is a number`)
    .min(0, `The ${what} is not negative`)
    .max(100_000, `The ${what} is at most 100,000`);

/**
 * How far a figure is measured against: the direction, the value and the band beyond it that still
 * reads "within tolerance" (0: none). Shared by a KPI's target and an objective measured by a KPI.
 */
export const TargetLevel = z.object({
  direction: TargetDirection,
  target: figure('target'),
  tolerance: figure('tolerance').default(0),
});
export type TargetLevel = z.infer<typeof TargetLevel>;

/** The organisation's target for one KPI the app computes. */
export const KpiTarget = TargetLevel.extend({ kpi: KpiKey }).refine((t) => !percentKpis.has(t.kpi) || t.target <= 100, {
  message: 'A percentage target is at most 100',
  path: ['target'],
});
export type KpiTarget = z.infer<typeof KpiTarget>;

/** No KPI is given two targets. */
export function oneTargetPerKpi(set: { targets: ReadonlyArray<{ kpi: KpiKey }> }): boolean {
  return new Set(set.targets.map((t) => t.kpi)).size === set.targets.length;
}

/**
 * Every KPI target of the programme: one record (id `programme`), versioned and trailed like the
 * programme settings. A KPI left out has no target: its tile says so.
 */
export const KpiTargets = z
  .object({ targets: z.array(KpiTarget).max(KpiKey.options.length) })
  .refine(oneTargetPerKpi, { message: 'A KPI has two targets: give each KPI one', path: ['targets'] });
export type KpiTargets = z.infer<typeof KpiTargets>;

export const noKpiTargets: KpiTargets = { targets: [] };

/**
 * The app's own colour bands of old, offered as a starting point only and labelled so: they are
 * not the organisation's targets until the programme manager saves them as such.
 */
export const suggestedKpiTargets: KpiTargets = {
  targets: [
    { kpi: 'auditsOnSchedule', direction: 'atLeast', target: 90, tolerance: 15 },
    { kpi: 'caEffectiveness', direction: 'atLeast', target: 80, tolerance: 20 },
    { kpi: 'trainingCompletion', direction: 'atLeast', target: 95, tolerance: 15 },
    { kpi: 'overdueCas', direction: 'atMost', target: 0, tolerance: 0 },
    { kpi: 'repeatFindings', direction: 'atMost', target: 0, tolerance: 1 },
  ],
};
