import Button from '@atlaskit/button/new';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Grid, Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../../src/contract';
import { fieldMessage } from '../../../shared/fieldMessage';
import { DateField } from '../../../shared/forms/DateField';
import { FormField } from '../../../shared/forms/FormField';

/** A certificate or a training: a name, the day it starts counting, and an optional expiry. */
export interface DatedRow {
  name: string;
  start: string;
  expiresOn: string;
}

interface DatedRowsProps {
  legend: string;
  /** `certificate` or `training`: ids and test ids. */
  kind: string;
  startLabel: string;
  /** The rows' path in the backend's errors, e.g. `competence.certificates`. */
  path: string;
  /** The backend's name of the start date (`issuedOn`, `completedOn`). */
  startField: string;
  rows: readonly DatedRow[];
  onChange: (rows: DatedRow[]) => void;
  error: ResolverError | null;
  addLabel: string;
}

/** Certificates or trainings, one row each, with date pickers; an empty expiry means it does not expire. */
export function DatedRows({
  legend,
  kind,
  startLabel,
  path,
  startField,
  rows,
  onChange,
  error,
  addLabel,
}: DatedRowsProps) {
  const set = (index: number, change: Partial<DatedRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Fieldset legend={legend}>
      <Stack space="space.150" testId={`auditor-${kind}s`}>
        {rows.map((row, index) => {
          const at = `${path}.${index}`;
          return (
            <Stack key={index} space="space.075" testId={`auditor-${kind}-${index}`}>
              <FormField htmlFor={`auditor-${kind}-${index}-name`} label="Name" path={`${at}.name`} error={error}>
                {(isInvalid) => (
                  <Textfield
                    id={`auditor-${kind}-${index}-name`}
                    value={row.name}
                    onChange={(event) => set(index, { name: event.currentTarget.value })}
                    isInvalid={isInvalid}
                    testId={`auditor-${kind}-${index}-name`}
                  />
                )}
              </FormField>
              <Grid templateColumns="1fr 1fr auto" gap="space.100" alignItems="end">
                <DateField
                  id={`auditor-${kind}-${index}-start`}
                  label={startLabel}
                  value={row.start}
                  onChange={(start) => set(index, { start })}
                  error={fieldMessage(error, `${at}.${startField}`)}
                  helper={null}
                  weekStartDay={0}
                  locale="en-GB"
                />
                <DateField
                  id={`auditor-${kind}-${index}-expires`}
                  label="Expires"
                  helper="Leave empty if it does not expire."
                  value={row.expiresOn}
                  onChange={(expiresOn) => set(index, { expiresOn })}
                  error={fieldMessage(error, `${at}.expiresOn`)}
                  weekStartDay={0}
                  locale="en-GB"
                />
                <Button appearance="subtle" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                  Remove
                </Button>
              </Grid>
            </Stack>
          );
        })}
        {error?.field === path ? <ErrorMessage>{error.message}</ErrorMessage> : null}
        <Inline>
          <Button
            onClick={() => onChange([...rows, { name: '', start: '', expiresOn: '' }])}
            testId={`auditor-add-${kind}`}
          >
            {addLabel}
          </Button>
        </Inline>
      </Stack>
    </Fieldset>
  );
}
