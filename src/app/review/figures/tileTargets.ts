import type { KpiTile, TargetedKpiTile } from '../../../contract/review';
import type { KpiTargets } from '../../../domain/review/objectives/kpiTarget';
import { targetSentence, targetState } from '../../../domain/review/objectives/targetEvaluation';

/**
 * The tiles with the organisation's targets applied: each tile's figure against its KPI's target,
 * or "no target set". Run on the figures as they are shown, after any held part was taken, so the
 * held figures never carry a target and a target change never waits for them.
 */
export function withTargets(tiles: readonly KpiTile[], targets: KpiTargets): TargetedKpiTile[] {
  const byKpi = new Map(targets.targets.map((t) => [t.kpi, t]));
  return tiles.map((tile) => {
    const set = byKpi.get(tile.key);
    const level = set ? { direction: set.direction, target: set.target, tolerance: set.tolerance } : null;
    const state = targetState(tile.figure, level);
    return { ...tile, target: { state, words: targetSentence(state, level, tile.unit), level } };
  });
}
