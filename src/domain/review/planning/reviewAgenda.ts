import { ReviewInputKind, reviewInputTitles } from '../reviewInputs';

export interface AgendaItem {
  /** "9.3.2 a" … "9.3.2 g" for the standard's inputs; "Standing item 1", 2… for the organisation's own. */
  ref: string;
  title: string;
  source: 'iso27001' | 'organisation';
}

/**
 * A review's agenda: the seven inputs ISO 27001:2022 9.3.2 requires (a–g, in the standard's
 * order) and then the organisation's standing items, as they stood when the review was created
 * (the review keeps its own copy, so a later change to the plan does not rewrite a past agenda).
 */
export function reviewAgenda(standingItems: readonly string[]): AgendaItem[] {
  return [
    ...ReviewInputKind.options.map((kind) => ({
      ref: reviewInputTitles[kind].clause,
      title: reviewInputTitles[kind].title,
      source: 'iso27001' as const,
    })),
    ...standingItems.map((title, index) => ({
      ref: `Standing item ${index + 1}`,
      title,
      source: 'organisation' as const,
    })),
  ];
}
