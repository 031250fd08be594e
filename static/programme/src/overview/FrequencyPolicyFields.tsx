import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../../src/contract';
import { fieldMessage } from '../../../shared/fieldMessage';
import { FormField } from '../../../shared/forms/FormField';
import { type ProgrammeDraft, programmeFieldPaths as paths } from './programmeDraft';

const policyFields = [
  { key: 'intervalHigh', label: 'High risk: audit every (months)' },
  { key: 'intervalMedium', label: 'Medium risk: audit every (months)' },
  { key: 'intervalLow', label: 'Low risk: audit every (months)' },
  { key: 'thresholdHigh', label: 'High risk from score' },
  { key: 'thresholdMedium', label: 'Medium risk from score' },
] as const;

interface FrequencyPolicyFieldsProps {
  draft: ProgrammeDraft;
  update: (change: Partial<ProgrammeDraft>) => void;
  error: ResolverError | null;
}

/** The risk-based frequency (9.2.2 a): how often an area is audited for its risk score. */
export function FrequencyPolicyFields({ draft, update, error }: FrequencyPolicyFieldsProps) {
  const intervalsError = fieldMessage(error, paths.intervals);
  return (
    <Box testId="programme-policy">
      <Fieldset legend="Risk-based frequency">
        <Stack space="space.150">
          <Text color="color.text.subtle" size="small">
            An area&apos;s risk score is likelihood × impact (1–25). Riskier areas are audited more often; the proposed
            schedule follows this policy.
          </Text>
          <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" gap="space.150">
            {policyFields.map((field) => {
              const message =
                fieldMessage(error, paths[field.key]) ??
                (field.key.startsWith('interval') && intervalsError ? intervalsError : undefined);
              return (
                <FormField
                  key={field.key}
                  htmlFor={`programme-${field.key}`}
                  label={field.label}
                  path={paths[field.key]}
                  error={error}
                >
                  <Textfield
                    id={`programme-${field.key}`}
                    type="number"
                    min={1}
                    value={draft[field.key]}
                    onChange={(event) => update({ [field.key]: event.currentTarget.value })}
                    isInvalid={Boolean(message)}
                    testId={`programme-${field.key}`}
                  />
                </FormField>
              );
            })}
          </Grid>
          {intervalsError ? <ErrorMessage testId="programme-intervals-error">{intervalsError}</ErrorMessage> : null}
          <Checkbox
            name="raiseOnMajorNc"
            label="Raise an area's risk by one level after a major nonconformity in the last cycle"
            isChecked={draft.raiseOnMajorNc}
            onChange={(event) => update({ raiseOnMajorNc: event.currentTarget.checked })}
            testId="programme-raiseOnMajorNc"
          />
        </Stack>
      </Fieldset>
    </Box>
  );
}
