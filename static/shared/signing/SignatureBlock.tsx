import { Box, Text } from '@atlaskit/primitives';
import type { SignatureView } from '../../../src/contract';
import { RuledList } from '../components/RuledList';
import { SignatureRow } from './SignatureRow';

interface SignatureBlockProps {
  signatures: readonly SignatureView[];
  /** Name each signature's record (for a list that spans records). */
  showRecord?: boolean;
  testId?: string;
}

/** The signatures of a record, oldest first, each with whether it still applies. */
export function SignatureBlock({ signatures, showRecord = false, testId = 'signature-block' }: SignatureBlockProps) {
  return (
    <Box testId={testId}>
      {signatures.length === 0 ? (
        <Text color="color.text.subtle">Not signed yet</Text>
      ) : (
        <RuledList>
          {signatures.map((signature) => (
            <SignatureRow key={signature.id} signature={signature} showRecord={showRecord} />
          ))}
        </RuledList>
      )}
    </Box>
  );
}
