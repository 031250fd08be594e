import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

/**
 * A row of buttons with one small line under it saying what they do or why they are off
 * (signing a version, raising findings): the reason a button is disabled is always in sight.
 */
export function ButtonsWithHint({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <Stack space="space.075">
      <Inline space="space.100" shouldWrap>
        {children}
      </Inline>
      <Text size="small" color="color.text.subtlest">
        {hint}
      </Text>
    </Stack>
  );
}
