import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError } from '../../../../src/contract';
import { SaveErrorText } from '../../../shared/forms/SaveErrorText';

interface SaveFailureProps {
  /** What was not saved, e.g. "The settings". */
  subject: string;
  error: ResolverError;
  /** True when a field of the form shows the message under itself as well. */
  pointsAtField: boolean;
  /** Reads the saved state again, after someone else's change made this one stale. */
  onReload: () => void;
  isReloading?: boolean;
  reloadTestId?: string;
}

/** Why a save failed; on a version conflict, an offer to reload what the other person saved. */
export function SaveFailure({ subject, error, pointsAtField, onReload, isReloading, reloadTestId }: SaveFailureProps) {
  if (error.code === 'conflict') {
    return (
      <SectionMessage appearance="warning" title="Someone else saved in the meantime">
        <Stack space="space.100" alignInline="start">
          <Text as="p">
            {subject} changed after you opened them, so your change was not saved. Reload to see the latest version,
            then make your change again.
          </Text>
          <Text as="p" color="color.text.subtle">
            {error.message}
          </Text>
          <Button appearance="primary" onClick={onReload} isLoading={isReloading} testId={reloadTestId}>
            Reload
          </Button>
        </Stack>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="error" title={`${subject} were not saved`}>
      <SaveErrorText error={error} pointsAtField={pointsAtField} fieldIs="below" />
    </SectionMessage>
  );
}
