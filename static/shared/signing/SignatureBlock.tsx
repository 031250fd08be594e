import { Box, Text, xcss } from '@atlaskit/primitives';
import type { SignatureView } from '../../../src/contract';
import { SignatureRow } from './SignatureRow';

const listStyles = xcss({
  margin: 'space.0',
  padding: 'space.0',
  listStyle: 'none',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

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
        <Box as="ul" xcss={listStyles}>
          {signatures.map((signature) => (
            <SignatureRow key={signature.id} signature={signature} showRecord={showRecord} />
          ))}
        </Box>
      )}
    </Box>
  );
}
