import type { FiguresPeriod, ReviewInputSection, ReviewInputView } from '../../../contract/review';
import type { ProgrammeSettings } from '../../../domain/programme/programmeSettings';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { MacroConfigOf } from '../../../domain/review/macroConfig';
import type { ManagementReviewRecord } from '../../../domain/review/managementReview';
import { reviewInputTitles, type ReviewInputKind } from '../../../domain/review/reviewInputs';
import type { EntityName, EntityTypes } from '../../../ports/entities';
import type { StoredRecord } from '../../../ports/recordStore';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { figuresPeriod } from '../figuresPeriod';
import { unavailable, type MacroUnavailable } from '../macroDefinition';

export type InputConfig = MacroConfigOf<'previousActions'>;
export type StoredReview = StoredRecord<ManagementReviewRecord>;
type Records<K extends EntityName> = { [E in K]: StoredRecord<EntityTypes[E]>[] };

/** What every input macro starts from: the programme's settings, its period, today, its review. */
export interface InputSource<K extends EntityName> {
  settings: ProgrammeSettings;
  period: FiguresPeriod;
  /** Today in the programme's time zone (what "overdue" is measured against). */
  today: string;
  review: StoredReview | null;
  records: Records<K | 'managementReview'>;
}

/**
 * The store reads of an input macro: the settings (one statement) and ONE `listMany` of the
 * records it needs, the reviews always among them — never Jira, Confluence or the directory. The
 * period is the review's when the config names one, else the config's own, else the current cycle.
 */
export async function loadInputSource<K extends EntityName>(
  services: AppServices,
  config: InputConfig,
  now: Date,
  entities: readonly K[],
): Promise<InputSource<K> | MacroUnavailable> {
  const listed = await services.store.listMany([...entities, 'managementReview', 'programmeSettings']);
  const records = listed as unknown as Records<K | 'managementReview'>;
  const settings = programmeSettingsAmong(listed.programmeSettings, now);
  const today = todayIn(settings.timeZone, now);
  if (config.reviewId === undefined) {
    return { settings, period: figuresPeriod(settings, config, now), today, review: null, records };
  }
  const review = records.managementReview.find((r) => r.id === config.reviewId) ?? null;
  if (!review) {
    return unavailable(
      `The management review ${config.reviewId} this macro reports on no longer exists`,
      'Edit the macro and choose one of the management reviews recorded in the app',
    );
  }
  return {
    settings,
    period: { from: review.record.period.from, to: review.record.period.to, source: 'review' },
    today,
    review,
    records,
  };
}

export const inRange = (day: string, period: { from: string; to: string }) => period.from <= day && day <= period.to;

/** The parts of a view every input shares: its clause and title from the 9.3.2 list. */
export function inputView(
  kind: ReviewInputKind,
  source: Pick<InputSource<never>, 'period' | 'review'>,
  origin: ReviewInputView['source'],
  sections: ReviewInputSection[],
  entered: ReviewInputView['entered'] = null,
): ReviewInputView {
  return {
    macro: kind,
    clause: reviewInputTitles[kind].clause,
    title: reviewInputTitles[kind].title,
    period: source.period,
    reviewId: source.review?.id ?? null,
    source: origin,
    sections,
    entered,
  };
}

/**
 * At most this many rows of a list are printed on the review page (its count is always complete):
 * a review reads the first ones, and the macro's snapshot must stay within a KVS value (240 KiB),
 * or every view and every PDF export computes the figures again. 2,500 OFIs at 10,000 findings
 * made one 470 KB answer. The finding register and CA register CSVs list every row.
 */
export const listedRows = 200;

/** The rows a section prints, and the sentence that says when more exist than are printed. */
export function listedPart<T>(rows: readonly T[], what: string): { rows: T[]; note: string[] } {
  if (rows.length <= listedRows) return { rows: [...rows], note: [] };
  return {
    rows: rows.slice(0, listedRows),
    note: [`The first ${listedRows} ${what} are listed; the registers' CSV exports list all ${rows.length}.`],
  };
}

export const section = (
  heading: string,
  paragraphs: string[],
  table: ReviewInputSection['table'] = null,
): ReviewInputSection => ({ heading, paragraphs, table });
