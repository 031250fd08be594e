import { DatePicker } from '@atlaskit/datetime-picker';
import { Inline } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../src/contract';
import { FieldBlock } from '../../shared/components/FieldBlock';
import { type Person, PersonSelect } from '../../shared/components/PeopleSelect';
import { gradeWords } from './words';

/** The policy's latest date under the plan's due date: a later one needs a signed extension. */
function dueHint(dates: CorrectiveActionView['dates']): string {
  if (!dates.policyDate) return 'YYYY-MM-DD';
  const grade = dates.policyGrade ? ` for a ${gradeWords[dates.policyGrade].label.toLowerCase()}` : '';
  return `YYYY-MM-DD · ${dates.policyDate} at the latest (the policy${grade}); later needs an approved extension`;
}

interface PlanStepFieldsProps {
  prefix: string;
  people: readonly Person[];
  dates: CorrectiveActionView['dates'];
  ownerId: string | null;
  onOwnerId: (ownerId: string | null) => void;
  dueDate: string;
  onDueDate: (dueDate: string) => void;
  /** The refusal's words for a field of the step, if it named one. */
  at: (field: string) => string | undefined;
}

/** Who carries the planned action out and by when (the policy's date shown as the limit). */
export function PlanStepFields({
  prefix,
  people,
  dates,
  ownerId,
  onOwnerId,
  dueDate,
  onDueDate,
  at,
}: PlanStepFieldsProps) {
  return (
    <Inline space="space.200" shouldWrap>
      <FieldBlock htmlFor={`${prefix}-owner`} label="Owner" error={at('ownerId')} isRequired>
        <PersonSelect
          inputId={`${prefix}-owner`}
          people={people}
          value={ownerId}
          onChange={onOwnerId}
          isInvalid={Boolean(at('ownerId'))}
          placeholder="Who carries the action out"
          testId={`${prefix}-owner`}
        />
      </FieldBlock>
      <FieldBlock htmlFor={`${prefix}-due`} label="Due date" helper={dueHint(dates)} error={at('dueDate')} isRequired>
        <DatePicker
          id={`${prefix}-due`}
          value={dueDate}
          onChange={onDueDate}
          dateFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          weekStartDay={1}
          isInvalid={Boolean(at('dueDate'))}
          clearControlLabel="Clear the due date"
          testId={`${prefix}-due`}
        />
      </FieldBlock>
    </Inline>
  );
}
