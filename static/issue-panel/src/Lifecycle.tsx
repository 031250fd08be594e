import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../src/contract';
import { PlanApprovalSummary } from './PlanApprovalSummary';
import { type LifecycleStep, lifecycle, methodWords } from './words';

type Action = CorrectiveActionView['action'];
type StepState = 'done' | 'current' | 'todo';

/** The extent's answer: a record stored without one says so, never "cannot recur". */
const recurWords = {
  true: 'Could recur elsewhere. ',
  false: 'Cannot recur elsewhere. ',
  null: 'Whether it could recur elsewhere was not answered. ',
} as const;

const stepStyles = xcss({
  borderInlineStartWidth: 'border.width.focused',
  borderInlineStartStyle: 'solid',
  paddingInlineStart: 'space.150',
  paddingBlock: 'space.050',
});
const doneStyles = xcss({ borderInlineStartColor: 'color.border.success' });
const currentStyles = xcss({ borderInlineStartColor: 'color.border.brand' });
const todoStyles = xcss({ borderInlineStartColor: 'color.border' });

function stateOf(step: LifecycleStep, action: Action): StepState {
  if (step === 'correction') return 'done';
  const order = lifecycle.map((s) => s.id as LifecycleStep);
  const at = order.indexOf(action.state);
  const here = order.indexOf(step);
  if (action.state === 'closed') return 'done';
  return here < at ? 'done' : here === at ? 'current' : 'todo';
}

/** What was recorded at a step, in a line or two (who and when come from the step's record). */
function recorded(step: LifecycleStep, action: Action, personName: (id: string) => string): string | null {
  switch (step) {
    case 'correction':
      return action.correction.text;
    case 'rootCause':
      return action.rootCause ? `${methodWords[action.rootCause.method]}: ${action.rootCause.text}` : null;
    case 'extent':
      return action.extent
        ? `${recurWords[String(action.extent.recurElsewhere) as keyof typeof recurWords]}${action.extent.text}`
        : null;
    case 'plan':
      return action.plan
        ? `${action.plan.text} — owner ${personName(action.plan.ownerId)}, due ${action.plan.dueDate}`
        : null;
    case 'planApproval':
      return action.planApprovalId ? 'Plan approved (signed)' : null;
    case 'implementation':
      return action.implementation
        ? `${action.implementation.text} (${action.implementation.evidence.length} evidence link${action.implementation.evidence.length === 1 ? '' : 's'})`
        : null;
    case 'verification':
      return action.notEffectiveCount > 0
        ? `Found not effective ${action.notEffectiveCount === 1 ? 'once' : `${action.notEffectiveCount} times`}`
        : null;
    case 'closed':
      return action.closedAt ? `Closed ${action.closedAt.slice(0, 10)}` : null;
  }
}

const lozenges = {
  done: { appearance: 'success', label: 'Done' },
  current: { appearance: 'inprogress', label: 'Current' },
  todo: { appearance: 'default', label: 'To do' },
} as const;

/** The corrective action's steps, each done, current or still to do, with what was recorded. */
export function Lifecycle({ view, personName }: { view: CorrectiveActionView; personName: (id: string) => string }) {
  const { action } = view;
  return (
    <Stack space="space.075" testId="panel-lifecycle">
      {lifecycle.map((step) => {
        const state = stateOf(step.id, action);
        // The approval's own record (criteria, check date, signature) replaces its one-line summary.
        const approval = step.id === 'planApproval' && state !== 'todo' ? view.planApproval : null;
        const text = state === 'todo' || approval ? null : recorded(step.id, action, personName);
        return (
          <Box
            key={step.id}
            xcss={[stepStyles, state === 'done' ? doneStyles : state === 'current' ? currentStyles : todoStyles]}
            testId={`panel-step-${step.id}`}
          >
            <Stack space="space.025">
              <Inline space="space.100" alignBlock="center">
                <Text weight={state === 'current' ? 'bold' : 'medium'}>{step.label}</Text>
                <Lozenge appearance={lozenges[state].appearance} testId={`panel-step-${step.id}-state`}>
                  {lozenges[state].label}
                </Lozenge>
              </Inline>
              {text ? (
                <Text size="small" color="color.text.subtle">
                  {text}
                </Text>
              ) : null}
              {approval ? <PlanApprovalSummary approval={approval} /> : null}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}
