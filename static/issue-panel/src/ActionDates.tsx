import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { Extensions } from './Extensions';
import { gradeWords } from './words';

function Line({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Text as="p" testId={testId}>
      <Text weight="semibold">{label}: </Text>
      {children}
    </Text>
  );
}

/**
 * The dates that control the action, always in view (what an inspector asks first): the latest
 * date the policy allows and the grade that sets it, the controlled due date (the plan's, or the
 * latest signed extension's), the effectiveness check's window once implemented, and every
 * extension asked for with its decision.
 */
export function ActionDates({ view }: { view: CorrectiveActionView }) {
  const { dates, action } = view;
  const extended = dates.controlledDueDate !== null && dates.controlledDueDate !== action.plan?.dueDate;
  return (
    <Stack space="space.075" testId="panel-dates">
      <Heading size="xxsmall">Dates</Heading>
      <Line label="Policy’s latest date" testId="panel-dates-policy">
        {dates.policyDate
          ? `${dates.policyDate}${dates.policyGrade ? ` (policy for a ${gradeWords[dates.policyGrade].label.toLowerCase()})` : ''}`
          : 'none: the Jira settings set no implementation date for this grade'}
      </Line>
      <Line label="Due date" testId="panel-dates-due">
        {dates.controlledDueDate
          ? `${dates.controlledDueDate}${extended ? ` (extended from ${action.plan?.dueDate ?? 'the plan’s date'})` : ''}`
          : 'set by the plan'}
      </Line>
      <Line label="Effectiveness check" testId="panel-dates-check">
        {dates.check
          ? `opens on ${dates.check.opensOn}, due ${dates.check.dueOn}`
          : dates.waitDays > 0
            ? `opens ${dates.waitDays} days after implementation`
            : 'opens once implemented'}
      </Line>
      <Extensions extensions={view.extensions} />
    </Stack>
  );
}
