import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError } from '../../../src/contract';

interface LoadFailureProps {
  title: string;
  error: ResolverError;
  onRetry?: () => void;
  testId?: string;
}

/** A read that failed: what could not be shown, why, and a way to try again. */
export function LoadFailure({ title, error, onRetry, testId }: LoadFailureProps) {
  return (
    <SectionMessage appearance="error" title={title} testId={testId}>
      <Stack space="space.100" alignInline="start">
        <Text as="p">{error.message}</Text>
        {error.code === 'forbidden' ? (
          <Text as="p" color="color.text.subtle">
            Your app role does not allow this. A programme manager can change your roles.
          </Text>
        ) : null}
        {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
      </Stack>
    </SectionMessage>
  );
}
