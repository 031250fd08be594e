import { Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

/** A spinner with words, for a part of the page that is still being read. */
export function Loading({ label, testId }: { label: string; testId?: string }) {
  return (
    <Inline space="space.100" alignBlock="center" testId={testId}>
      <Spinner size="medium" label={label} />
      <Text color="color.text.subtle">{label}</Text>
    </Inline>
  );
}
