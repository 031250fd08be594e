import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { CaVerificationView } from '../../../src/contract';
import { SignatureBlock } from '../../shared/signing/SignatureBlock';

/** Each effectiveness verification, oldest first: result, what was checked, by whom, and its signature. */
export function Verifications({ verifications }: { verifications: readonly CaVerificationView[] }) {
  if (verifications.length === 0) return null;
  return (
    <Stack space="space.150" testId="panel-verifications">
      <Heading size="xsmall">Verifications</Heading>
      {verifications.map(({ id, verification, verifierName, signature }) => (
        <Stack key={id} space="space.075" testId={`panel-verification-${verification.round}`}>
          <Inline space="space.100" alignBlock="center">
            <Text weight="semibold">Round {verification.round}</Text>
            <Lozenge
              appearance={verification.result === 'effective' ? 'success' : 'removed'}
              testId={`panel-verification-${verification.round}-result`}
            >
              {verification.result === 'effective' ? 'Effective' : 'Not effective'}
            </Lozenge>
            <Text size="small" color="color.text.subtle">
              by {verifierName}, {verification.verifiedAt.slice(0, 10)}
            </Text>
          </Inline>
          <Text as="p">{verification.note}</Text>
          <SignatureBlock
            signatures={signature ? [signature] : []}
            testId={`panel-verification-${verification.round}-signature`}
          />
        </Stack>
      ))}
    </Stack>
  );
}
