import { Text } from '@atlaskit/primitives';
import { Timestamp } from '../../../shared/components/Timestamp';

interface VersionLineProps {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  updatedByName?: string | null;
  testId?: string;
}

/** "Version 3, saved … by …", or a note that the defaults were never saved. */
export function VersionLine({ version, updatedAt, updatedBy, updatedByName, testId }: VersionLineProps) {
  if (version === 0 || !updatedAt) {
    return (
      <Text color="color.text.subtle" testId={testId}>
        Defaults: not saved yet.
      </Text>
    );
  }
  return (
    <Text color="color.text.subtle" testId={testId}>
      Version {version}, saved <Timestamp iso={updatedAt} />
      {updatedBy ? ` by ${updatedByName ?? updatedBy}` : ''}.
    </Text>
  );
}
