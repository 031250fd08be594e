import type { ProgrammeSettings } from '../../../domain/programme/programmeSettings';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { StatementOfApplicability } from '../../../domain/soa/soa';
import type { KpiRecords } from '../../../domain/review/kpis/kpiRecords';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import type { KpiTargets } from '../../../domain/review/objectives/kpiTarget';
import type { EntityTypes } from '../../../ports/entities';
import type { StoredRecord } from '../../../ports/recordStore';
import { kpiTargetsAmong } from '../objectives/objectivesAndTargets';

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

/**
 * readFigures and the organisation's KPI targets in the same statement: what the KPI tiles read
 * when they compute every tile afresh (their held part reads no targets, see heldStoreTiles).
 */
export async function readFiguresAndTargets(
  services: AppServices,
  now: Date,
): Promise<FiguresSource & { kpiTargets: KpiTargets }> {
  const listed = await services.store.listMany([...figureEntities, 'kpiTargets']);
  return { ...figuresFrom(listed, now), kpiTargets: kpiTargetsAmong(listed.kpiTargets) };
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
  return figuresFrom(await services.store.listMany(entities), now);
}

type Listed = { [E in (typeof figureEntities)[number]]?: Array<StoredRecord<EntityTypes[E]>> } & {
  [E in Exclude<(typeof figureEntities)[number], 'periodFigures'>]: Array<StoredRecord<EntityTypes[E]>>;
};

function figuresFrom(listed: Listed, now: Date): FiguresSource {
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
