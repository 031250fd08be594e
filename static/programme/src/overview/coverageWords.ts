/** "1 requirement", "3 requirements". */
export const requirements = (count: number) => `${count} requirement${count === 1 ? '' : 's'}`;

/** A share in percent with one decimal, as the backend rounds it; a dash when there is nothing to count. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${Math.round((part / whole) * 1000) / 10}%`;
}
