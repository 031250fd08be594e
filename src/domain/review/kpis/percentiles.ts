/**
 * Nearest-rank percentile: the smallest value with at least p % of the values at or below it —
 * rank ⌈p/100 × n⌉ of the sorted values (no interpolation, so the answer is always a real case's
 * figure). The median is the 50th percentile by the same rule: for an even count, the lower of the
 * two middle values (closure days 3, 5, 8, 20 → median 5, p90 20). null for no values.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (values: readonly number[]) => nearestRankPercentile(values, 50);
