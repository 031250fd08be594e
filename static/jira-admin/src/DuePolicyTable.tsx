import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage } from '@atlaskit/form';
import { Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { JiraSettingsCheck } from '../../../src/contract/jira';
import { Placeholder } from '../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../shared/components/RecordTable';
import type { MessageAt } from './fieldMessages';
import { fieldPaths, type Grade, gradeTitles, grades, type PolicyDraft } from './settingsDraft';

interface DuePolicyTableProps {
  dueDates: Record<Grade, PolicyDraft>;
  /** Due dates of a finding raised today under the last checked policy (null before a check). */
  examples: JiraSettingsCheck['exampleDueDates'] | null;
  messageAt: MessageAt;
  isDisabled: boolean;
  onChange: (grade: Grade, change: Partial<PolicyDraft>) => void;
}

/** The parts of a grade's policy counted in days, with the short name in their inputs' ids. */
type DaysPart = 'planBusinessDays' | 'implementationBusinessDays' | 'effectivenessWaitDays';
const daysIds: Record<DaysPart, string> = {
  planBusinessDays: 'plan',
  implementationBusinessDays: 'implementation',
  effectivenessWaitDays: 'wait',
};

function DaysInput({
  grade,
  part,
  value,
  label,
  messageAt,
  isDisabled,
  onChange,
}: {
  grade: Grade;
  part: DaysPart;
  value: string;
  label: string;
  messageAt: MessageAt;
  isDisabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = `${grade}-${daysIds[part]}-days`;
  // A waiting period may be 0 (checkable at once); a due date is at least a day away.
  const isWait = part === 'effectivenessWaitDays';
  const error = messageAt(fieldPaths.policy(grade, part));
  return (
    <Stack space="space.050">
      <Textfield
        id={id}
        type="number"
        min={isWait ? 0 : 1}
        max={isWait ? 365 : undefined}
        value={value}
        aria-label={`${gradeTitles[grade]}: ${label}`}
        placeholder={isWait ? '0' : 'none'}
        onChange={(event) => onChange(event.currentTarget.value)}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        width="small"
        testId={id}
      />
      {error ? <ErrorMessage testId={`${id}-error`}>{error}</ErrorMessage> : null}
    </Stack>
  );
}

function Example({ dates, testId }: { dates: { plan: string | null; implementation: string | null }; testId: string }) {
  if (!dates.plan && !dates.implementation) {
    return (
      <Text color="color.text.subtlest" testId={testId}>
        No due date
      </Text>
    );
  }
  return (
    <Stack space="space.025" testId={testId}>
      <Text size="small">Plan: {dates.plan ?? '—'}</Text>
      <Text size="small">Implemented: {dates.implementation ?? '—'}</Text>
    </Stack>
  );
}

/** A policy switch of one grade, with the backend's refusal (or the check's problem) under it. */
function PolicyCheckbox({
  id,
  label,
  ariaLabel,
  isChecked,
  error,
  isDisabled,
  onChange,
}: {
  id: string;
  label: string;
  ariaLabel: string;
  isChecked: boolean;
  error: string | undefined;
  isDisabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Stack space="space.050">
      <Checkbox
        label={label}
        aria-label={ariaLabel}
        isChecked={isChecked}
        isDisabled={isDisabled}
        isInvalid={Boolean(error)}
        onChange={(event) => onChange(event.currentTarget.checked)}
        testId={id}
      />
      {error ? <ErrorMessage testId={`${id}-error`}>{error}</ErrorMessage> : null}
    </Stack>
  );
}

/**
 * The due-date policy: per grade, whether an action is required, its plan and implementation
 * business days, the effectiveness check's waiting period, and whether a signed "no action
 * needed" may close a finding of the grade.
 */
export function DuePolicyTable({ dueDates, examples, messageAt, isDisabled, onChange }: DuePolicyTableProps) {
  const daysColumn = (key: string, header: string, part: DaysPart, label: string): RecordColumn<Grade> => ({
    key,
    header,
    width: 13,
    cell: (grade) => (
      <DaysInput
        grade={grade}
        part={part}
        label={label}
        value={dueDates[grade][part]}
        messageAt={messageAt}
        isDisabled={isDisabled}
        onChange={(value) => onChange(grade, { [part]: value })}
      />
    ),
  });
  const columns: RecordColumn<Grade>[] = [
    {
      key: 'grade',
      header: 'Finding grade',
      width: 15,
      cell: (grade) => <Text weight="medium">{gradeTitles[grade]}</Text>,
    },
    {
      key: 'required',
      header: 'Corrective action',
      width: 13,
      cell: (grade) => (
        <PolicyCheckbox
          id={`${grade}-required`}
          label="Required"
          ariaLabel={`${gradeTitles[grade]}: corrective action required`}
          isChecked={dueDates[grade].correctiveAction === 'required'}
          error={messageAt(fieldPaths.policy(grade, 'correctiveAction'))}
          isDisabled={isDisabled}
          onChange={(checked) => onChange(grade, { correctiveAction: checked ? 'required' : 'optional' })}
        />
      ),
    },
    daysColumn('plan', 'Plan due (business days)', 'planBusinessDays', 'plan due, business days'),
    daysColumn(
      'implementation',
      'Implementation due (business days)',
      'implementationBusinessDays',
      'implementation due, business days',
    ),
    daysColumn('wait', 'Effectiveness check after (days)', 'effectivenessWaitDays', 'effectiveness check waits, days'),
    {
      key: 'exemption',
      header: 'Without action',
      width: 14,
      cell: (grade) => (
        <PolicyCheckbox
          id={`${grade}-close-without-action`}
          label="May close"
          ariaLabel={`${gradeTitles[grade]}: may close without corrective action`}
          isChecked={dueDates[grade].closeWithoutAction}
          error={messageAt(fieldPaths.policy(grade, 'closeWithoutAction'))}
          isDisabled={isDisabled}
          onChange={(checked) => onChange(grade, { closeWithoutAction: checked })}
        />
      ),
    },
    {
      key: 'example',
      header: 'Raised today: due on',
      width: 16,
      cell: (grade) =>
        examples ? (
          <Example dates={examples[grade]} testId={`${grade}-example`} />
        ) : (
          <Placeholder>Check to see</Placeholder>
        ),
    },
  ];
  return (
    <RecordTable
      columns={columns}
      records={grades}
      recordKey={(grade) => grade}
      rowTestId={(grade) => `policy-${grade}`}
      label="Due-date policy per finding grade"
      testId="due-date-policy"
    />
  );
}
