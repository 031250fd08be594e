import { listInWords } from '../../../domain/listInWords';
import type { KpiTile } from '../../../contract/review';

/** How a figure reads on a tile and in print: "87.5%", "12 days", "3"; "—" when there is none. */
export function formatFigure(figure: number | null, unit: KpiTile['unit']): string {
  if (figure === null) return '—';
  switch (unit) {
    case 'percent':
      return `${figure}%`;
    case 'days':
      return `${figure} day${figure === 1 ? '' : 's'}`;
    case 'hours':
      return `${figure} h`;
    case 'count':
      return String(figure);
  }
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A list of months for a sentence: "2026-03, 2026-04 and 2026-05". */
export function monthList(months: readonly string[]): string {
  return listInWords(months);
}
