import type { ResolverOutput } from '../../../../src/contract';

type CapaRow = ResolverOutput<'getCapaEffectivenessReport'>['rows'][number];

/** A finding closed by a programme manager's signed record that no corrective action is needed. */
export interface RecordedExemption {
  byName: string;
  on: string | null;
  reason: string;
  signed: boolean;
}

/**
 * The findings that the one rule of "closed" (findingClosure) closes by an exemption, by finding
 * id, read from the CAPA effectiveness report's rows. A finding later given an action is open
 * again, so its exemption no longer shows as its closure.
 */
export function exemptionsByFinding(rows: readonly CapaRow[]): ReadonlyMap<string, RecordedExemption> {
  const exempted = new Map<string, RecordedExemption>();
  for (const row of rows) {
    if (row.closure.how !== 'exemption' || !row.exemption) continue;
    const { byName, on, reason, signed } = row.exemption;
    exempted.set(row.findingId, { byName, on, reason, signed });
  }
  return exempted;
}
