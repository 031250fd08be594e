import { z } from 'zod';
import { invalidInput } from '../failure';
import { addDays, addMonths, IsoDate } from '../calendar/calendarDate';
import { parseInput } from '../parseInput';

/**
 * Risk-based audit frequency (9.2.2: "taking into consideration the importance of the processes
 * concerned and the results of previous audits"). An area's risk is likelihood × impact on 1–5
 * scales; the policy turns the level into an interval, and a major nonconformity in the last cycle
 * raises the level by one.
 */

export const RiskLevel = z.enum(['low', 'medium', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;
const riskOrder: readonly RiskLevel[] = RiskLevel.options;

export const RiskRating = z.number().int('Use a whole number from 1 to 5').min(1).max(5);

/** Scores at or above `high` are high, at or above `medium` medium, the rest low (scores run 1–25). */
export const RiskThresholds = z
  .object({
    high: z.number().int().min(2).max(25).default(15),
    medium: z.number().int().min(1).max(24).default(8),
  })
  .refine((t) => t.medium < t.high, { message: 'The medium threshold must be below the high one', path: ['medium'] });
export type RiskThresholds = z.infer<typeof RiskThresholds>;
export const defaultRiskThresholds: RiskThresholds = { high: 15, medium: 8 };

const interval = (fallback: number) => z.number().int('Use whole months').min(1).max(60).default(fallback);

export const FrequencyPolicy = z.object({
  /** How often an area of each level is audited, in months. */
  intervalMonths: z
    .object({ high: interval(6), medium: interval(12), low: interval(24) })
    .refine((i) => i.high <= i.medium && i.medium <= i.low, {
      message: 'A riskier area cannot be audited less often: use high ≤ medium ≤ low',
    })
    .prefault({}),
  thresholds: RiskThresholds.prefault({}),
  /** A major NC in the last cycle raises the area's level by one (high stays high). */
  raiseOnMajorNc: z.boolean().default(true),
});
export type FrequencyPolicy = z.infer<typeof FrequencyPolicy>;
export type FrequencyPolicyInput = z.input<typeof FrequencyPolicy>;
export const defaultFrequencyPolicy: FrequencyPolicy = FrequencyPolicy.parse({});

export function riskScore(likelihood: number, impact: number): number {
  if (!RiskRating.safeParse(likelihood).success) throw invalidInput('likelihood', 'Likelihood is a whole number 1–5');
  if (!RiskRating.safeParse(impact).success) throw invalidInput('impact', 'Impact is a whole number 1–5');
  return likelihood * impact;
}

export function riskLevel(
  likelihood: number,
  impact: number,
  thresholds: RiskThresholds = defaultRiskThresholds,
): RiskLevel {
  const score = riskScore(likelihood, impact);
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

function raised(level: RiskLevel): RiskLevel {
  return riskOrder[Math.min(riskOrder.indexOf(level) + 1, riskOrder.length - 1)] ?? 'high';
}

/** The level the schedule uses: the rated level, one higher after a major NC in the last cycle (if the policy says so). */
export function effectiveRisk(
  area: { likelihood: number; impact: number },
  history: { majorNcInLastCycle: boolean },
  policy: FrequencyPolicy = defaultFrequencyPolicy,
): RiskLevel {
  const base = riskLevel(area.likelihood, area.impact, policy.thresholds);
  return history.majorNcInLastCycle && policy.raiseOnMajorNc ? raised(base) : base;
}

export const AreaRisk = z.object({
  id: z.string().trim().min(1).max(191),
  likelihood: RiskRating,
  impact: RiskRating,
  majorNcInLastCycle: z.boolean().default(false),
});
export type AreaRisk = z.input<typeof AreaRisk>;

export const ScheduleRequest = z.object({
  cycle: z.object({
    start: IsoDate,
    lengthMonths: z.union([z.literal(12), z.literal(24)], { error: 'The audit cycle is 12 or 24 months' }),
  }),
  areas: z
    .array(AreaRisk)
    .refine((areas) => new Set(areas.map((a) => a.id)).size === areas.length, 'An area is listed twice'),
  policy: FrequencyPolicy.prefault({}),
});
export type ScheduleRequest = z.input<typeof ScheduleRequest>;

export interface ProposedAudit {
  areaId: string;
  /** First day of the proposed window. */
  plannedStart: string;
  /** Last day of the proposed window (inclusive): the planner picks the exact dates inside it. */
  plannedEnd: string;
  risk: RiskLevel;
  /** 1-based: this is audit `occurrence` of `occurrences` for the area in the cycle. */
  occurrence: number;
  occurrences: number;
  reason: string;
}

const levelTitle: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** Code-point order, so the result never depends on the runtime's locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Proposes the cycle's audits. Each area is audited `ceil(cycle / interval)` times (at least once),
 * evenly spaced: audit k falls in the k-th equal part of the cycle, all at the same offset, so the
 * gap between two audits of an area is the interval. The offset is the one that keeps the busiest
 * month least busy (then the fewest audits in total, then the earliest), placing the most frequently
 * audited areas first. The windows are whole cycle months (start + m months … the day before
 * start + m + 1 months). Deterministic: the same areas in any order give the same proposal.
 */
export function proposeSchedule(request: ScheduleRequest): ProposedAudit[] {
  const { cycle, areas, policy } = parseInput(ScheduleRequest, request, 'schedule');
  const months = cycle.lengthMonths;
  const load: number[] = Array.from({ length: months }, () => 0);

  const planned = areas.map((area) => {
    const base = riskLevel(area.likelihood, area.impact, policy.thresholds);
    const risk = effectiveRisk(area, area, policy);
    const every = policy.intervalMonths[risk];
    return { area, base, risk, every, count: Math.max(1, Math.ceil(months / every)) };
  });
  planned.sort((a, b) => b.count - a.count || byCodePoint(a.area.id, b.area.id));

  const proposals: ProposedAudit[] = [];
  for (const { area, base, risk, every, count } of planned) {
    const starts = Array.from({ length: count }, (_, k) => Math.floor((k * months) / count));
    const width = Math.floor(months / count);
    let best = { offset: 0, max: Infinity, sum: Infinity };
    for (let offset = 0; offset < width; offset += 1) {
      const loads = starts.map((s) => load[s + offset] ?? 0);
      const max = Math.max(...loads);
      const sum = loads.reduce((a, b) => a + b, 0);
      if (max < best.max || (max === best.max && sum < best.sum)) best = { offset, max, sum };
    }
    const score = area.likelihood * area.impact;
    const rating = `${levelTitle[base]} risk (likelihood ${area.likelihood} × impact ${area.impact} = ${score})`;
    const raise = risk !== base ? `, raised to ${risk} after a major nonconformity in the last cycle` : '';
    starts.forEach((start, k) => {
      const month = start + best.offset;
      load[month] = (load[month] ?? 0) + 1;
      const frequency =
        every >= months
          ? `audit every ${every} months; at least once in every cycle`
          : `audit every ${every} months, ${k + 1} of ${count} in this ${months}-month cycle`;
      proposals.push({
        areaId: area.id,
        plannedStart: addMonths(cycle.start, month),
        plannedEnd: addDays(addMonths(cycle.start, month + 1), -1),
        risk,
        occurrence: k + 1,
        occurrences: count,
        reason: `${rating}${raise}: ${frequency}`,
      });
    });
  }
  return proposals.sort(
    (a, b) =>
      byCodePoint(a.plannedStart, b.plannedStart) || byCodePoint(a.areaId, b.areaId) || a.occurrence - b.occurrence,
  );
}
