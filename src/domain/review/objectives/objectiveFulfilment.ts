import type { KpiKey } from '../macroConfig';
import { objectiveStatusWords, type SecurityObjective } from './securityObjective';
import { targetSentence, targetState, targetWords, type TargetState, type TargetUnit } from './targetEvaluation';

/** A KPI's figure for the review's period, as the tiles computed it. */
export interface MeasuredFigure {
  figure: number | null;
  value: string;
  unit: TargetUnit;
  title: string;
}

export interface ObjectiveFulfilment {
  /** `computed`: from a KPI the app computes for the period; `entered`: the programme manager's result. */
  source: 'computed' | 'entered';
  /** For a computed one, its state against the objective's target; null when entered. */
  state: TargetState | null;
  measure: string;
  target: string;
  fulfilment: string;
}

/**
 * How far an objective is fulfilled (ISO 27001 9.3.2 d 4): computed from the KPI it is measured
 * by, for the period's figure, where it has one; else the result the programme manager entered,
 * or a plain "no result entered". Pure: the caller computes the figures.
 */
export function objectiveFulfilment(
  objective: SecurityObjective,
  figures: Partial<Record<KpiKey, MeasuredFigure>>,
): ObjectiveFulfilment {
  const { measure } = objective;
  if (measure.kind === 'entered') {
    return {
      source: 'entered',
      state: null,
      measure: measure.description,
      target: measure.target,
      fulfilment: measure.result === '' ? 'No result entered yet' : `${measure.result} (entered)`,
    };
  }
  const measured = figures[measure.kpi];
  const unit = measured?.unit ?? 'count';
  const state = targetState(measured?.figure ?? null, measure.level);
  return {
    source: 'computed',
    state,
    measure: measured ? measured.title : measure.kpi,
    target: targetWords(measure.level, unit),
    fulfilment:
      measured && measured.figure !== null
        ? `${targetSentence(state, null, unit)}: ${measured.value} in the period (computed)`
        : 'No figure in the period to measure it by (computed)',
  };
}

/** The objective's status in words, for a table cell. */
export const objectiveStatusOf = (objective: SecurityObjective) => objectiveStatusWords[objective.status];
