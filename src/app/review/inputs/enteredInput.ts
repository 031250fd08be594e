import { reviewInputId, reviewInputTitles } from '../../../domain/review/reviewInputs';
import { unavailable, type MacroDefinition } from '../macroDefinition';
import { enteredSections, enteredStamp } from './enteredSections';
import { inputAdf } from './inputAdf';
import { inputView, loadInputSource } from './inputSource';

/** The inputs only the programme manager can know: nothing about them is in the app's records. */
export type PurelyEnteredKind = 'issuesChanges' | 'interestedPartiesNeeds' | 'interestedPartyFeedback';

/**
 * A review input that is all entries (9.3.2 b, c, e): the entered summary and entries of its
 * review. It belongs to one review, so a macro that names none says so and how to fix it.
 */
export function enteredInputMacro<K extends PurelyEnteredKind>(kind: K): MacroDefinition<K> {
  return {
    async compute(services, config, now) {
      if (config.reviewId === undefined) {
        return unavailable(
          `${reviewInputTitles[kind].title} (${reviewInputTitles[kind].clause}) is entered per management review, and this macro names none`,
          'Edit the macro and choose the management review, or create one from Management reviews in the Audit programme app',
        );
      }
      const source = await loadInputSource(services, config, now, ['reviewInput'] as const);
      if ('unavailable' in source) return source;
      const review = source.review!;
      const stored = source.records.reviewInput.find((i) => i.id === reviewInputId(review.id, kind)) ?? null;
      return inputView(
        kind,
        source,
        'entered',
        enteredSections(kind, stored, review.record.title),
        enteredStamp(stored),
      );
    },
    toAdf: inputAdf,
  };
}
