/**
 * The little arithmetic the review charts need: a "nice" top for a value axis, its ticks, and day
 * offsets for a timeline. Pure, so the unit tests check it without a browser.
 */

/** The smallest 1, 2 or 5 × 10ⁿ at or above `max` (1 for an empty or all-zero chart). */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** `count` + 1 evenly spaced ticks from 0 to `top`, whole numbers where `top` allows. */
export function axisTicks(top: number, count = 4): number[] {
  const step = top / count;
  return Array.from({ length: count + 1 }, (_, i) => {
    const value = step * i;
    return Number.isInteger(top) && top >= count ? Math.round(value) : Number(value.toFixed(2));
  });
}

/** Maps 0…top onto 0…length (pixels). */
export function linearScale(top: number, length: number): (value: number) => number {
  const safeTop = top > 0 ? top : 1;
  return (value) => (Math.max(0, value) / safeTop) * length;
}

/** Evenly spaced bands (one per category) across `width`, with `padding` (0–1) between them. */
export function bands(count: number, width: number, padding = 0.25): { start: (i: number) => number; band: number } {
  const step = count > 0 ? width / count : width;
  const band = step * (1 - padding);
  return { start: (i) => i * step + (step - band) / 2, band };
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`, read as UTC dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS,
  );
}

/** The first day of the month after `month` (`YYYY-MM`) as `YYYY-MM-DD`. */
export function monthAfter(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 12 ? `${year + 1}-01-01` : `${year}-${String(mon + 1).padStart(2, '0')}-01`;
}
