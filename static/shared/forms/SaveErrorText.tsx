import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError } from '../../../src/contract';

interface SaveErrorTextProps {
  error: ResolverError;
  /** True when a field of the form shows the message under itself as well. */
  pointsAtField: boolean;
  /** Where that field stands from the message: the message sits below or above the fields. */
  fieldIs: 'above' | 'below';
}

/** Why a save (or a check) was refused, and where the field at fault is marked when one is. */
export function SaveErrorText({ error, pointsAtField, fieldIs }: SaveErrorTextProps) {
  return (
    <Stack space="space.050">
      <Text as="p">{error.message}</Text>
      {pointsAtField ? (
        <Text as="p" color="color.text.subtle">
          {`The field at fault is marked ${fieldIs}.`}
        </Text>
      ) : null}
    </Stack>
  );
}
