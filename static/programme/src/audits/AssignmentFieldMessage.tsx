import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack } from '@atlaskit/primitives';

export interface ForeseenConflict {
  areaName: string;
  reason: 'owner' | 'member';
}

interface AssignmentFieldMessageProps {
  /** The server's refusal about this field (the save changed nothing). */
  error?: string;
  /** Conflicts the page can see before saving (the chosen person owns or works in a chosen area). */
  foreseen: readonly ForeseenConflict[];
  personName?: string;
  helper?: string;
  /** `<testId>-error` for the refusal, `<testId>-foreseen` for the early warning. */
  testId: string;
}

const kinds = {
  impartiality: { label: 'Impartiality conflict', appearance: 'danger' },
  competence: { label: 'Competence', appearance: 'warning' },
  role: { label: 'App role missing', appearance: 'warning' },
} as const;

function kindOf(message: string): keyof typeof kinds | null {
  if (message.startsWith('Impartiality')) return 'impartiality';
  if (message.startsWith('Competence')) return 'competence';
  if (/ role\b.*programme manager can grant/.test(message)) return 'role';
  return null;
}

/**
 * What stands in the way of assigning someone, under the field that names them: the server's
 * refusal (impartiality or competence) with a lozenge that says which, or a warning that the
 * chosen person owns or works in a chosen area and will be refused.
 */
export function AssignmentFieldMessage({ error, foreseen, personName, helper, testId }: AssignmentFieldMessageProps) {
  if (error) {
    const kind = kindOf(error);
    return (
      <Box testId={`${testId}-error`} role="alert">
        <Stack space="space.050">
          {kind ? (
            <Inline>
              <Lozenge appearance={kinds[kind].appearance} testId={`${testId}-error-kind`}>
                {kinds[kind].label}
              </Lozenge>
            </Inline>
          ) : null}
          <ErrorMessage>{error}</ErrorMessage>
        </Stack>
      </Box>
    );
  }
  if (foreseen.length > 0) {
    const who = personName ?? 'This person';
    const what = foreseen
      .map((conflict) => `${conflict.reason === 'owner' ? 'owns' : 'works in'} ${conflict.areaName}`)
      .join(' and ');
    return (
      <Box testId={`${testId}-foreseen`}>
        <Stack space="space.050">
          <Inline>
            <Lozenge appearance="warning">Impartiality conflict</Lozenge>
          </Inline>
          <HelperMessage>
            {who} {what}. Saving is refused unless a programme manager signs an override for this person and area.
          </HelperMessage>
        </Stack>
      </Box>
    );
  }
  return helper ? <HelperMessage>{helper}</HelperMessage> : null;
}
