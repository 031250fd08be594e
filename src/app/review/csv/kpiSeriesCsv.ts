import type { FileDownload } from '../../../contract/programme';
import { formatCsv } from '../../../domain/csv/csv';
import { monthsOf } from '../../../domain/review/kpis/days';
import { kpiSeries } from '../../../domain/review/kpis/kpiSeries';
import type { AppServices } from '../../services';
import { cycleCoverageOn } from '../figures/cycleCoverage';
import { readFigures } from '../figures/readFigures';
import { figuresPeriod } from '../figuresPeriod';

const columns = [
  'month',
  'audits due',
  'audits on schedule',
  'coverage % (cumulative)',
  'NCs raised',
  'NCs closed',
  'median closure days',
  'overdue CAs at month end',
  'incidents',
  'training completion %',
];

const cell = (value: number | null) => (value === null ? '' : String(value));

/**
 * The monthly KPI series of a period as CSV, one row per month (see kpiSeries for each figure's
 * rule); coverage is the cycle's as of each month's end (today in the running month). A month
 * still to come has only its name. An empty cell is a figure that does not exist: no NC closed that month, or nothing recorded. The
 * period asked for (both ends), or none: the programme's current cycle. Two store statements.
 */
export async function kpiSeriesCsv(
  services: AppServices,
  period: { from?: string; to?: string },
): Promise<FileDownload> {
  const now = services.clock.now();
  const source = await readFigures(services, now);
  const covered = figuresPeriod(source.settings, period, now);
  const begun = new Map(kpiSeries(source.records, covered, source.today).map((m) => [m.month, m]));
  // Every month of the period has its row; one still to come has only its name.
  const rows = monthsOf(covered).map((month) => {
    const m = begun.get(month);
    if (!m) return [month, ...columns.slice(1).map(() => '')];
    return [
      m.month,
      String(m.auditsDue),
      String(m.auditsOnSchedule),
      cell(cycleCoverageOn(source, m.asOf).percent),
      String(m.ncsRaised),
      String(m.ncsClosed),
      cell(m.medianClosureDays),
      String(m.overdueActions),
      cell(m.incidents),
      cell(m.trainingCompletionPct),
    ];
  });
  return {
    fileName: `kpi-series-${covered.from}-to-${covered.to}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([columns, ...rows]),
  };
}
