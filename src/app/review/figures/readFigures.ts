import type { ProgrammeSettings } from '../../../domain/programme/programmeSettings';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { StatementOfApplicability } from '../../../domain/soa/soa';
import type { KpiRecords } from '../../../domain/review/kpis/kpiRecords';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';

export interface FiguresSource {
  settings: ProgrammeSettings;
  /** Today in the programme's time zone. */
  today: string;
  records: KpiRecords;
  /** The Statement of Applicability (id `soa`), null before one is saved. */
  soa: StatementOfApplicability | null;
}

/**
 * What the KPI macros and the KPI series read, in ONE `listMany` whatever the programme's size
 * (one statement for a small programme, pages of about half a MiB for a large one): the programme settings and every record the formulas need. No Jira call,
 * and not the tracked issues' mirrors either: no KPI counts Jira's status (see KpiRecords).
 */
export async function readFigures(services: AppServices, now: Date): Promise<FiguresSource> {
  const all = await services.store.listMany([
    'programmeSettings',
    'audit',
    'finding',
    'correctiveAction',
    'caVerification',
    'periodFigures',
    'statementOfApplicability',
    'ncExemption',
    'dueDateExtension',
  ]);
  const settings = programmeSettingsAmong(all.programmeSettings, now);
  return {
    settings,
    today: todayIn(settings.timeZone, now),
    records: {
      timeZone: settings.timeZone,
      audits: all.audit,
      findings: all.finding,
      actions: all.correctiveAction,
      verifications: all.caVerification,
      periodFigures: all.periodFigures,
      exemptions: all.ncExemption,
      extensions: all.dueDateExtension,
    },
    soa: all.statementOfApplicability.find((stored) => stored.id === 'soa')?.record ?? null,
  };
}
