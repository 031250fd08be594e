import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SignatureView } from '../../../src/contract';
import { UtcTimestamp } from '../components/UtcTimestamp';
import { recordTypeTitle } from '../recordTypes';

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.150',
});

interface SignatureRowProps {
  signature: SignatureView;
  /** Name the signed record too (a list that mixes records, such as the programme's record). */
  showRecord?: boolean;
}

/** One signature as 21 CFR 11.50 asks: printed name, date and time, meaning; and whether it still holds. */
export function SignatureRow({ signature, showRecord = false }: SignatureRowProps) {
  return (
    <Box as="li" xcss={rowStyles} testId={`signature-${signature.id}`}>
      <Inline space="space.300" spread="space-between" alignBlock="start" shouldWrap>
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text weight="semibold" testId={`signature-${signature.id}-name`}>
              {signature.signerName}
            </Text>
            <Lozenge
              appearance={signature.status === 'current' ? 'success' : 'neutral'}
              testId={`signature-${signature.id}-status`}
            >
              {signature.status === 'current' ? 'Current' : 'Superseded by change'}
            </Lozenge>
            {signature.bindingIntact ? null : (
              <Lozenge appearance="warning" testId={`signature-${signature.id}-binding`}>
                Binding broken
              </Lozenge>
            )}
          </Inline>
          <Text testId={`signature-${signature.id}-meaning`}>{signature.meaningWords}</Text>
          <Text size="small" color="color.text.subtle">
            {showRecord ? `${recordTypeTitle(signature.recordType)} “${signature.recordId}”, ` : ''}
            {showRecord ? 'version' : 'Version'} {signature.recordVersion} signed · account {signature.signerAccountId}
          </Text>
          {signature.bindingIntact ? null : (
            <Text size="small" color="color.text.danger">
              The signed content no longer matches what the audit trail holds for version {signature.recordVersion}.
            </Text>
          )}
        </Stack>
        <UtcTimestamp iso={signature.signedAt} testId={`signature-${signature.id}-time`} />
      </Inline>
    </Box>
  );
}
