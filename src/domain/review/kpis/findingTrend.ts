import { FindingGrade, type FindingRecord } from '../../audits/finding';
import { quarterRange, quartersOf } from './days';
import { inRange, type DayRange, type Identified } from './kpiRecords';
import { closureTime, type ClosureTime, type NcClosure } from './ncClosure';

export type QuarterFindings = { quarter: string } & Record<FindingGrade, number>;
export type QuarterClosure = { quarter: string } & ClosureTime;

/**
 * The trend of findings and NC closure by calendar quarter (`YYYY-Qn`) over a period: findings by
 * grade by the quarter of `raisedOn`, and closure time (count, median, p90) of the NCs that closed
 * in each quarter. A quarter the period only partly covers counts only its days in the period.
 */
export function findingTrend(
  findings: ReadonlyArray<Identified<FindingRecord>>,
  closures: readonly NcClosure[],
  period: DayRange,
): { quarters: string[]; findingsByGrade: QuarterFindings[]; closureTime: QuarterClosure[] } {
  const quarters = quartersOf(period);
  const findingsByGrade = quarters.map((quarter) => {
    const range = quarterRange(quarter, period);
    const row = { quarter, majorNC: 0, minorNC: 0, observation: 0, opportunity: 0 };
    for (const { record } of findings) if (inRange(record.raisedOn, range)) row[record.content.grade] += 1;
    return row;
  });
  return {
    quarters,
    findingsByGrade,
    closureTime: quarters.map((quarter) => ({ quarter, ...closureTime(closures, quarterRange(quarter, period)) })),
  };
}

export const findingGrades = FindingGrade.options;
