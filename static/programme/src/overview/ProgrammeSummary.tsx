import type { ProgrammeView } from '../../../../src/contract';
import { RecordSummary } from '../../../shared/components/RecordSummary';

/** The programme of a cycle for people who may read but not change it. */
export function ProgrammeSummary({ programme }: { programme: NonNullable<ProgrammeView['programme']> }) {
  const { intervalMonths, thresholds, raiseOnMajorNc } = programme.frequencyPolicy;
  const rows: Array<[string, string]> = [
    ['Objectives', programme.objectives],
    ['Audit criteria', programme.criteria],
    ['Methods', programme.methods],
    ['Responsibilities', programme.responsibilities],
    ['Reporting', programme.reporting],
    [
      'Risk-based frequency',
      `High risk (score ${thresholds.high}+) every ${intervalMonths.high} months, medium (${thresholds.medium}+) every ` +
        `${intervalMonths.medium}, low every ${intervalMonths.low}` +
        (raiseOnMajorNc ? '; one level higher after a major nonconformity in the last cycle.' : '.'),
    ],
    ['ISMS space', programme.ismsSpaceKey ?? 'Not chosen yet'],
  ];
  return (
    <RecordSummary
      // A text the manager left empty reads as a dash, not as a missing line.
      rows={rows.map(([term, value]) => [term, value.trim() ? value : '—'])}
      termWidth="10rem"
      note="Only a programme manager can change the programme."
      testId="programme-readonly"
    />
  );
}
