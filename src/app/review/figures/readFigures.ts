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
  return readFiguresOf(services, now, figureEntities);
}

const figureEntities = [
  'programmeSettings',
  'audit',
  'finding',
  'correctiveAction',
  'caVerification',
  'periodFigures',
  'statementOfApplicability',
  'ncExemption',
  'dueDateExtension',
] as const;

/**
 * readFigures without the monthly period figures (`records.periodFigures` empty): what the KPI
 * tiles computed from the app's records read, so recording a month's figures leaves them true.
 */
export async function readRecordFigures(services: AppServices, now: Date): Promise<FiguresSource> {
  return readFiguresOf(
    services,
    now,
    figureEntities.filter((entity) => entity !== 'periodFigures'),
  );
}

async function readFiguresOf(
  services: AppServices,
  now: Date,
  entities: ReadonlyArray<(typeof figureEntities)[number]>,
): Promise<FiguresSource> {
  const listed = await services.store.listMany(entities);
  const all = { ...listed, periodFigures: listed.periodFigures ?? [] };
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
