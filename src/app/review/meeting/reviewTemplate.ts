import { macroTitles, type MacroKind } from '../../../domain/review/macroKinds';
import type { ReviewPeriod } from '../../../domain/review/reviewPeriod';
import { ReviewInputKind, reviewInputTitles } from '../../../domain/review/reviewInputs';
import type { AppIdentity } from '../../../ports/appIdentity';
import { doc, heading, paragraph, strong, text, type AdfNode } from '../../pages/adf';
import { macroNode } from '../../pages/macroNode';
import { reviewRecordHeading, reviewRecordPlaceholder } from '../../pages/reviewRecordXhtml';

/** The figures macros in the order a review reads them: the headline, the trend, then the detail. */
export const templateFigureMacros = [
  'kpiTiles',
  'trendChart',
  'findingRegister',
  'caAgeing',
  'coverageHeatMap',
  'programmeSchedule',
] as const satisfies readonly MacroKind[];

/** Every macro of the template, in page order: the six figures, then the seven 9.3.2 inputs (a–g). */
export const templateMacros: readonly MacroKind[] = [...templateFigureMacros, ...ReviewInputKind.options];

export interface ReviewTemplateInput {
  reviewId: string;
  title: string;
  period: ReviewPeriod;
  /** The first day of the audit cycle the period ends in (the heat-map and schedule show a cycle). */
  cycleStart: string;
}

/** Each macro's saved config: the review's period (or its cycle), and the review for the inputs. */
export function templateConfig(kind: MacroKind, review: ReviewTemplateInput): Record<string, string> {
  switch (kind) {
    case 'coverageHeatMap':
    case 'programmeSchedule':
      return { cycleStart: review.cycleStart };
    case 'caAgeing':
      // Ageing is as of the day the page is read: an action's age has no period.
      return {};
    case 'kpiTiles':
    case 'trendChart':
    case 'findingRegister':
      return { from: review.period.from, to: review.period.to };
    default:
      return { from: review.period.from, to: review.period.to, reviewId: review.reviewId };
  }
}

const sectionHeading = (kind: MacroKind) =>
  kind in reviewInputTitles
    ? `${reviewInputTitles[kind as ReviewInputKind].clause} ${reviewInputTitles[kind as ReviewInputKind].title}`
    : macroTitles[kind];

/**
 * The management-review page: its title and period, one section per review macro (a heading and
 * the macro, configured for this review), then the meeting record's place: the app prints the
 * attendees, minutes, decisions and conclusion there once recorded (see reviewPagePrint), and the
 * minutes' signature block below them once signed.
 */
export function reviewTemplate(identity: AppIdentity, review: ReviewTemplateInput) {
  const sections: AdfNode[] = templateMacros.flatMap((kind) => [
    heading(2, sectionHeading(kind)),
    macroNode(identity, kind, templateConfig(kind, review), `${review.reviewId}-${kind}`),
  ]);
  return doc([
    heading(1, review.title),
    paragraph(strong('Period under review: '), text(`${review.period.from} to ${review.period.to}`)),
    paragraph(
      'Each section below is a live macro of the ISO 27001 audit app, computed from the app’s records for this period. ' +
        'Export the page to PDF or Word to print the figures as they stand.',
    ),
    ...sections,
    heading(2, reviewRecordHeading),
    paragraph(reviewRecordPlaceholder),
  ]);
}
