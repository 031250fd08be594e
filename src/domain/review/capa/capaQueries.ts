import { z } from 'zod';
import type { CapaReportRow } from './capaEffectivenessReport';

/** The inspector's questions the report answers by name (ISO 27001 10.2 d, f–g). */
export const CapaQueryName = z.enum([
  'closedWithoutCapa',
  'closedLate',
  'extensionsGranted',
  'checksOverdue',
  'effectivenessChallenged',
]);
export type CapaQueryName = z.infer<typeof CapaQueryName>;

export interface CapaQuery {
  title: string;
  /** What a row in the answer means, for the page and the docs. */
  meaning: string;
  matches(row: CapaReportRow): boolean;
}

/**
 * Closed without CAPA: the app's one rule closes a finding only through closed actions or a signed
 * exemption, so what remains to show is an exemption whose signature no longer holds, and a
 * nonconformity Jira calls done while the app still has it open (someone closed the issue by hand,
 * or before the closing gate was on the workflow). The answer should be empty.
 */
function closedWithoutCapa(row: CapaReportRow): boolean {
  if (row.closure.closed) return row.closure.how === 'exemption' && row.exemption?.signed !== true;
  return row.jiraDone;
}

export const capaQueries: Record<CapaQueryName, CapaQuery> = {
  closedWithoutCapa: {
    title: 'NCs closed without CAPA',
    meaning:
      'Closed with no closed corrective action and no signed exemption, or done in Jira while open in the app. Should be none.',
    matches: closedWithoutCapa,
  },
  closedLate: {
    title: 'CAs closed late',
    meaning: 'Corrective actions closed after their controlled due date or effectiveness check date.',
    matches: (row) => row.actionClosedOn !== null && row.onTime === false,
  },
  extensionsGranted: {
    title: 'Extensions granted',
    meaning: 'Corrective actions whose due date was moved by a signed, approved extension.',
    matches: (row) => row.extensions.length > 0,
  },
  checksOverdue: {
    title: 'Effectiveness checks overdue',
    meaning: 'Implemented corrective actions whose effectiveness check is past its due date.',
    matches: (row) => row.checkOverdue !== null,
  },
  effectivenessChallenged: {
    title: 'Effectiveness challenged',
    meaning: 'Corrective actions closed effective whose finding was repeated (same item and area) afterwards.',
    matches: (row) => row.challengedBy.length > 0,
  },
};

/** The report's rows answering one saved query, or all of them; of one source, or of every one. */
export function selectCapaRows(
  rows: readonly CapaReportRow[],
  filter: { query?: CapaQueryName | undefined; source?: string | undefined },
): CapaReportRow[] {
  return rows.filter(
    (row) =>
      (filter.query === undefined || capaQueries[filter.query].matches(row)) &&
      (filter.source === undefined || row.source === filter.source),
  );
}
