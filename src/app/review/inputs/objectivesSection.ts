import type { FiguresPeriod, ReviewInputSection } from '../../../contract/review';
import { asOfDay } from '../../../domain/review/kpis/days';
import type { KpiKey } from '../../../domain/review/macroConfig';
import type { MeasuredFigure } from '../../../domain/review/objectives/objectiveFulfilment';
import { objectiveFulfilment, objectiveStatusOf } from '../../../domain/review/objectives/objectiveFulfilment';
import type { SecurityObjective } from '../../../domain/review/objectives/securityObjective';
import type { StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';
import { cycleCoverageOn } from '../figures/cycleCoverage';
import { kpiTiles } from '../figures/kpiTiles';
import { readFigures } from '../figures/readFigures';
import { section } from './inputSource';

export const objectivesHeading = 'Fulfilment of information security objectives (6.2)';

/**
 * The KPI figures of the period the objectives are measured by: read only when at least one
 * objective is measured by a KPI (one more statement), none otherwise.
 */
export async function objectiveFigures(
  services: AppServices,
  objectives: ReadonlyArray<StoredRecord<SecurityObjective>>,
  period: FiguresPeriod,
  now: Date,
): Promise<Partial<Record<KpiKey, MeasuredFigure>>> {
  if (!objectives.some((o) => o.record.measure.kind === 'kpi')) return {};
  const source = await readFigures(services, now);
  const tiles = kpiTiles({
    records: source.records,
    period,
    today: source.today,
    coverage: cycleCoverageOn(source, asOfDay(period, source.today)),
  });
  return tiles;
}

/**
 * 9.3.2 d's "fulfilment of information security objectives": one row per objective, computed from
 * the KPI it is measured by where the app computes one, the entered result where not. Earliest due
 * date first; the owner by the name stored when the objective was entered.
 */
export function objectivesSection(
  objectives: ReadonlyArray<StoredRecord<SecurityObjective>>,
  figures: Partial<Record<KpiKey, MeasuredFigure>>,
): ReviewInputSection {
  if (objectives.length === 0) {
    return section(objectivesHeading, [
      'No information security objective is recorded.',
      'The programme manager records them in the Audit programme app: Management review → Objectives and targets.',
    ]);
  }
  const sorted = [...objectives].sort(
    (a, b) => a.record.dueDate.localeCompare(b.record.dueDate) || a.id.localeCompare(b.id),
  );
  const rows = sorted.map(({ record }) => {
    const fulfilment = objectiveFulfilment(record, figures);
    return [
      record.title,
      fulfilment.measure,
      fulfilment.target,
      record.ownerName,
      record.dueDate,
      objectiveStatusOf(record),
      fulfilment.fulfilment,
    ];
  });
  const computed = sorted.filter((o) => o.record.measure.kind === 'kpi').length;
  return section(
    objectivesHeading,
    [
      `${computed} of ${sorted.length} objectives measured by a KPI the app computes (for the period); the others as entered by the programme manager.`,
    ],
    { columns: ['Objective', 'Measure', 'Target', 'Owner', 'Due', 'Status', 'Fulfilment'], rows },
  );
}
