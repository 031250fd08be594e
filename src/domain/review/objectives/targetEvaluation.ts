import type { TargetLevel } from './kpiTarget';

/**
 * Where a figure stands against a target: met, missed by no more than the tolerance, missed by
 * more; no target set; or no figure to measure (nothing happened in the period, nothing recorded).
 */
export type TargetState = 'onTarget' | 'withinTolerance' | 'offTarget' | 'noTarget' | 'noFigure';

export const targetStateWords: Record<TargetState, string> = {
  onTarget: 'On target',
  withinTolerance: 'Within tolerance',
  offTarget: 'Off target',
  noTarget: 'No target set',
  noFigure: 'No figure to measure',
};

/**
 * A figure against its target. "At least 90, tolerance 5": 90 and above is on target, 85 to under
 * 90 within tolerance, under 85 off target; "at most" mirrors it. The ends of the band belong to
 * the better state, so a figure exactly on the target is on it.
 */
export function targetState(figure: number | null, level: TargetLevel | null): TargetState {
  if (level === null) return 'noTarget';
  if (figure === null) return 'noFigure';
  const { direction, target, tolerance } = level;
  const short = direction === 'atLeast' ? target - figure : figure - target;
  if (short <= 0) return 'onTarget';
  return short <= tolerance ? 'withinTolerance' : 'offTarget';
}

export type TargetUnit = 'percent' | 'days' | 'hours' | 'count';

const withUnit = (value: number, unit: TargetUnit) =>
  unit === 'percent' ? `${value}%` : unit === 'days' ? `${value} d` : unit === 'hours' ? `${value} h` : String(value);

/** The target in words: "at least 90% (tolerance 5%)", "at most 0". */
export function targetWords(level: TargetLevel, unit: TargetUnit): string {
  const base = `${level.direction === 'atLeast' ? 'at least' : 'at most'} ${withUnit(level.target, unit)}`;
  return level.tolerance > 0 ? `${base} (tolerance ${withUnit(level.tolerance, unit)})` : base;
}

/** The state and the target together, as a tile, the CSV and the review input print them. */
export function targetSentence(state: TargetState, level: TargetLevel | null, unit: TargetUnit): string {
  return level === null ? targetStateWords[state] : `${targetStateWords[state]}: ${targetWords(level, unit)}`;
}
