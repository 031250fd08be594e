import type { ReviewInputSection, ReviewInputView } from '../../../contract/review';
import {
  reviewInputId,
  reviewInputTitles,
  type EnteredInputKind,
  type ReviewInputRecord,
} from '../../../domain/review/reviewInputs';
import type { StoredRecord } from '../../../ports/recordStore';
import { section } from './inputSource';
import { printedName } from '../../../domain/people/printedName';

/** What each entered input's entries are about, as the table's heading says it. */
export const enteredHeadings: Record<EnteredInputKind, string> = {
  issuesChanges: 'Changes in external and internal issues',
  interestedPartiesNeeds: "Changes in interested parties' needs and expectations",
  interestedPartyFeedback: 'Feedback from interested parties',
  improvementOpportunities: 'Improvement ideas entered for the review',
  performance: 'Monitoring and measurement results, and information security objectives',
  riskTreatment: 'Results of the risk assessment',
};

/** Where the programme manager enters an input: said instead of leaving the box blank. */
export function whereToEnter(kind: EnteredInputKind, reviewTitle: string | null): string {
  const review = reviewTitle ? `“${reviewTitle}”` : 'the review';
  return (
    `The programme manager enters this in the Audit programme app: Management reviews → ${review} → Inputs → ` +
    `${reviewInputTitles[kind].clause} ${reviewInputTitles[kind].title}.`
  );
}

/**
 * The entered part of an input as sections: the summary and a table of entries (topic, category,
 * detail); "Nothing entered yet" and where to enter it when there is nothing — never a blank box.
 */
export function enteredSections(
  kind: EnteredInputKind,
  stored: StoredRecord<ReviewInputRecord> | null,
  reviewTitle: string | null,
): ReviewInputSection[] {
  const heading = enteredHeadings[kind];
  const record = stored?.record;
  if (!record || (record.summary === '' && record.entries.length === 0)) {
    return [section(heading, ['Nothing entered yet.', whereToEnter(kind, reviewTitle)])];
  }
  return [
    section(
      heading,
      record.summary === '' ? [] : [record.summary],
      record.entries.length === 0
        ? null
        : {
            columns: ['Topic', 'Category', 'Detail'],
            rows: record.entries.map((entry) => [entry.topic, entry.category, entry.detail]),
          },
    ),
  ];
}

/**
 * The entered record's version and last change, with the editor's name as stored with the record
 * (a macro looks up no names: that would ask Jira on every view).
 */
export function enteredStamp(stored: StoredRecord<ReviewInputRecord> | null): ReviewInputView['entered'] {
  return stored
    ? {
        version: stored.version,
        updatedAt: stored.updatedAt,
        updatedByName: printedName(stored.record.enteredByName, stored.updatedBy),
      }
    : null;
}

/** For an input of store figures beside entered ones, shown with only a period (no review chosen). */
export function noReviewChosen(kind: EnteredInputKind): ReviewInputSection {
  return section(enteredHeadings[kind], [
    'This part is entered per management review, and the macro names none.',
    'Edit the macro and choose the management review to show what the programme manager entered.',
  ]);
}

/**
 * The entered half of an input that also shows store figures: the chosen review's entries (or
 * "nothing entered yet"), or, with only a period chosen, a note that the macro names no review.
 * `stored` is the entered record, for the view's stamp.
 */
export function enteredPart(
  kind: EnteredInputKind,
  review: { id: string; record: { title: string } } | null,
  reviewInputs: ReadonlyArray<StoredRecord<ReviewInputRecord>>,
): { sections: ReviewInputSection[]; stored: StoredRecord<ReviewInputRecord> | null } {
  if (!review) return { sections: [noReviewChosen(kind)], stored: null };
  const stored = reviewInputs.find((i) => i.id === reviewInputId(review.id, kind)) ?? null;
  return { sections: enteredSections(kind, stored, review.record.title), stored };
}
