import type { KpiRecords } from './kpiRecords';
import type { FindingSourceKind } from '../../findings/findingSource';

/**
 * The KPI records narrowed to the nonconformities of one source (an inspection's, the internal
 * audits'…) and the corrective actions answering them, so each NC and CA tile reads as before
 * for that source alone. An action answering findings of two sources counts for each. Audits and
 * the recorded period figures are not findings of a source and stay whole.
 */
export function recordsOfSource(records: KpiRecords, source: FindingSourceKind): KpiRecords {
  const findings = records.findings.filter((finding) => finding.record.source.kind === source);
  const ids = new Set(findings.map((finding) => finding.id));
  const actions = records.actions.filter((action) => action.record.findingIds.some((id) => ids.has(id)));
  return { ...records, findings, actions };
}
