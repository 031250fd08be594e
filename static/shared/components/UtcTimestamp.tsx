import { Stack, Text } from '@atlaskit/primitives';
import { formatLocalExact, formatUtc, localTimeZone } from '../formatTimestamp';

interface UtcTimestampProps {
  iso: string;
  testId?: string;
}

/** An exact moment for the record: UTC first (what the record holds), then the reader's local time. */
export function UtcTimestamp({ iso, testId }: UtcTimestampProps) {
  return (
    <Stack space="space.0" testId={testId}>
      <Text>
        <time dateTime={iso} style={{ whiteSpace: 'nowrap' }}>
          {formatUtc(iso)}
        </time>
      </Text>
      <Text size="small" color="color.text.subtle">
        {formatLocalExact(iso)} ({localTimeZone()})
      </Text>
    </Stack>
  );
}
