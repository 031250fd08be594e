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

/** The two due-date parts of a grade's policy counted in business days. */
type DaysPart = 'planBusinessDays' | 'implementationBusinessDays';

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
  const id = `${grade}-${part === 'planBusinessDays' ? 'plan' : 'implementation'}-days`;
  const error = messageAt(fieldPaths.policy(grade, part));
  return (
    <Stack space="space.050">
      <Textfield
        id={id}
        type="number"
        min={1}
        value={value}
        aria-label={`${gradeTitles[grade]}: ${label}`}
        placeholder="none"
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

/** The due-date policy: per grade, whether an action is required and its plan and implementation business days. */
export function DuePolicyTable({ dueDates, examples, messageAt, isDisabled, onChange }: DuePolicyTableProps) {
  const daysColumn = (key: string, header: string, part: DaysPart, label: string): RecordColumn<Grade> => ({
    key,
    header,
    width: 20,
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
      width: 22,
      cell: (grade) => <Text weight="medium">{gradeTitles[grade]}</Text>,
    },
    {
      key: 'required',
      header: 'Corrective action',
      width: 18,
      cell: (grade) => {
        const requiredError = messageAt(fieldPaths.policy(grade, 'correctiveAction'));
        return (
          <Stack space="space.050">
            <Checkbox
              label="Required"
              aria-label={`${gradeTitles[grade]}: corrective action required`}
              isChecked={dueDates[grade].correctiveAction === 'required'}
              isDisabled={isDisabled}
              isInvalid={Boolean(requiredError)}
              onChange={(event) =>
                onChange(grade, { correctiveAction: event.currentTarget.checked ? 'required' : 'optional' })
              }
              testId={`${grade}-required`}
            />
            {requiredError ? <ErrorMessage>{requiredError}</ErrorMessage> : null}
          </Stack>
        );
      },
    },
    daysColumn('plan', 'Plan due (business days)', 'planBusinessDays', 'plan due, business days'),
    daysColumn(
      'implementation',
      'Implementation due (business days)',
      'implementationBusinessDays',
      'implementation due, business days',
    ),
    {
      key: 'example',
      header: 'Raised today: due on',
      width: 20,
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
