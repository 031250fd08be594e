import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ReviewPlanView } from '../../../../src/contract';

const tileStyles = xcss({
  borderColor: 'color.border',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderRadius: 'radius.medium',
  padding: 'space.150',
  maxWidth: '28rem',
});

type DueState = ReviewPlanView['due']['state'];

/** Colour and words together, so the state never rests on colour alone. */
const dueLozenge: Record<DueState, { appearance: 'success' | 'moved' | 'removed' | 'default'; label: string }> = {
  planned: { appearance: 'success', label: 'Planned' },
  dueSoon: { appearance: 'moved', label: 'Due soon' },
  overdue: { appearance: 'removed', label: 'Overdue' },
  notPlanned: { appearance: 'default', label: 'Not planned' },
};

/**
 * The management review KPI tile: "due in N days", "overdue by N days" or "no review planned",
 * and, when it is due within the warning window or overdue, the warning the overview shows.
 */
export function ReviewDueTile({ view, withWarning = false }: { view: ReviewPlanView; withWarning?: boolean }) {
  const state = view.due.state;
  return (
    <Stack space="space.150">
      {withWarning && (state === 'dueSoon' || state === 'overdue') ? (
        <SectionMessage appearance="warning" title="Management review due" testId="review-due-warning">
          <Text as="p">
            {view.dueWords}. Create the review on the Management review tab (ISO 27001 9.3: at planned intervals).
          </Text>
        </SectionMessage>
      ) : null}
      <Box xcss={tileStyles} testId="review-due-tile">
        <Stack space="space.075">
          <Inline space="space.100" alignBlock="center">
            <Heading size="xsmall">Management review</Heading>
            <Lozenge appearance={dueLozenge[state].appearance}>{dueLozenge[state].label}</Lozenge>
          </Inline>
          <Text testId="review-due-words">{view.dueWords}</Text>
          <Text size="small" color="color.text.subtle">
            Every {view.plan.intervalMonths} month{view.plan.intervalMonths === 1 ? '' : 's'}; last held{' '}
            {view.lastHeldOn ?? 'never'}.
          </Text>
        </Stack>
      </Box>
    </Stack>
  );
}
