import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { ReviewInputForm } from './ReviewInputForm';
import type { ReviewPartProps } from './reviewPart';
import { enteredInputs } from './reviewWords';

/**
 * The 9.3.2 inputs the app cannot know (issues, interested parties, feedback, monitoring results,
 * risk assessment, improvement ideas): the programme manager enters them per review; the review
 * page's input macros print them beside what the app computes.
 */
export function ReviewInputsSection({ view, canEdit, onSaved, onReload }: ReviewPartProps) {
  return (
    <Stack space="space.150" testId="review-inputs">
      <Heading size="small">Review inputs (9.3.2)</Heading>
      <Text color="color.text.subtle">
        Previous actions, NC/CA and audit results and the SoA’s treatment status come from the app’s records; enter the
        rest here.
      </Text>
      {enteredInputs.map(({ kind, clause, title }) => {
        const entered = view.inputs.find((input) => input.kind === kind) ?? null;
        return (
          <ReviewInputForm
            key={`${kind}-${entered?.version ?? 0}`}
            reviewId={view.id}
            kind={kind}
            heading={`${clause} ${title}`}
            entered={entered}
            canEdit={canEdit}
            onSaved={onSaved}
            onReload={onReload}
          />
        );
      })}
    </Stack>
  );
}
