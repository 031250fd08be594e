import { Grid } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { JiraProjectChoices } from '../../../src/contract/jira';
import { FieldBlock } from '../../shared/components/FieldBlock';
import type { MessageAt } from './fieldMessages';
import { fieldPaths, type Step, stepTitles, steps } from './settingsDraft';

interface StatusOption {
  label: string;
  value: string;
}

const categoryWords = { new: 'to do', indeterminate: 'in progress', done: 'done' } as const;

interface StatusMappingFieldsProps {
  statuses: Record<Step, string>;
  /** The corrective-action project's statuses; empty until Jira answered (then the fields are text). */
  choices: JiraProjectChoices['statuses'];
  messageAt: MessageAt;
  isDisabled: boolean;
  onChange: (step: Step, status: string) => void;
}

/** Which status of the corrective-action project's workflow means which step of an action. */
export function StatusMappingFields({ statuses, choices, messageAt, isDisabled, onChange }: StatusMappingFieldsProps) {
  const options: StatusOption[] = choices.map((status) => ({
    label: `${status.name} (${categoryWords[status.category]})`,
    value: status.name,
  }));
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(20rem, 1fr))" gap="space.200" testId="status-mapping">
      {steps.map((step) => {
        const id = `status-${step}`;
        const error = messageAt(fieldPaths.status(step));
        const current = statuses[step];
        // A saved status the workflow no longer has stays visible, so the message under it makes sense.
        const known = options.find((option) => option.value.toLowerCase() === current.toLowerCase());
        const value = known ?? (current ? { label: `${current} (not in the workflow)`, value: current } : null);
        return (
          <FieldBlock
            key={step}
            htmlFor={id}
            label={stepTitles[step].label}
            helper={stepTitles[step].helper}
            error={error}
            errorTestId={`${id}-error`}
            isRequired
            testId={`${id}-block`}
          >
            {options.length > 0 ? (
              <Select<StatusOption, false>
                inputId={id}
                options={options}
                value={value}
                onChange={(option) => {
                  if (option) onChange(step, option.value);
                }}
                isInvalid={Boolean(error)}
                isDisabled={isDisabled}
                testId={id}
              />
            ) : (
              <Textfield
                id={id}
                value={current}
                onChange={(event) => onChange(step, event.currentTarget.value)}
                isInvalid={Boolean(error)}
                isDisabled={isDisabled}
                testId={id}
              />
            )}
          </FieldBlock>
        );
      })}
    </Grid>
  );
}
