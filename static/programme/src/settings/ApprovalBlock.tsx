import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { SignatureMeaning, SignatureView } from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Loading } from '../../../shared/components/Loading';
import { SignatureBlock } from '../../../shared/signing/SignatureBlock';
import { SigningDialog } from '../../../shared/signing/SigningDialog';
import type { QueryState } from '../../../shared/useResolverQuery';
import { settingsRecord } from './settingsApproval';

const blockStyles = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.300',
});

interface ApprovalBlockProps {
  /** The settings version on screen; 0 while the defaults were never saved (nothing to sign). */
  version: number;
  signatures: QueryState<{ signatures: SignatureView[] }>;
  /** The current version's approval, if it has one. */
  approval: SignatureView | null;
  canApprove: boolean;
  canReview: boolean;
  ownAccountId: string;
  onRetry: () => void;
  onSigned: () => void;
  onSigningAttempt: () => void;
}

/** Who signed which version of the settings, and the buttons that sign the current one. */
export function ApprovalBlock({
  version,
  signatures,
  approval,
  canApprove,
  canReview,
  ownAccountId,
  onRetry,
  onSigned,
  onSigningAttempt,
}: ApprovalBlockProps) {
  const [signing, setSigning] = useState<SignatureMeaning | null>(null);
  const mine = (meaning: SignatureMeaning) =>
    signatures.status === 'ok' &&
    signatures.value.signatures.some(
      (s) => s.signerAccountId === ownAccountId && s.meaning === meaning && s.recordVersion === version,
    );
  const signedAlready = { approved: mine('approved'), reviewed: mine('reviewed') };

  return (
    <Box xcss={blockStyles} testId="settings-approval">
      <Stack space="space.200">
        <Inline space="space.100" alignBlock="center">
          <Heading size="small">Approval</Heading>
          {approval ? (
            <Lozenge appearance="success" testId="settings-approval-state">
              Approved
            </Lozenge>
          ) : (
            <Text color="color.text.subtle" size="small" testId="settings-approval-none">
              {version === 0 ? 'Nothing saved to approve yet' : `Version ${version} is not approved`}
            </Text>
          )}
        </Inline>
        <Text color="color.text.subtle">
          A signature applies to one version of the settings. Saving a change supersedes it, and the change needs a
          reason once the version is approved.
        </Text>
        {signatures.status === 'loading' ? (
          <Loading label="Loading the signatures" testId="settings-signatures-loading" />
        ) : null}
        {signatures.status === 'error' ? (
          <LoadFailure
            title="The signatures could not be loaded"
            error={signatures.error}
            onRetry={onRetry}
            testId="settings-signatures-error"
          />
        ) : null}
        {signatures.status === 'ok' ? <SignatureBlock signatures={signatures.value.signatures} /> : null}
        {canApprove || canReview ? (
          <Stack space="space.100">
            <Inline space="space.100" shouldWrap>
              {canApprove ? (
                <Button
                  appearance="primary"
                  isDisabled={version === 0 || signedAlready.approved}
                  onClick={() => setSigning('approved')}
                  testId="settings-approve"
                >
                  Approve this version
                </Button>
              ) : null}
              {canReview ? (
                <Button
                  isDisabled={version === 0 || signedAlready.reviewed}
                  onClick={() => setSigning('reviewed')}
                  testId="settings-review"
                >
                  Review this version
                </Button>
              ) : null}
            </Inline>
            <Text size="small" color="color.text.subtlest">
              {version === 0
                ? 'Save the settings first: only a saved version can be signed.'
                : signedAlready.approved || signedAlready.reviewed
                  ? `You have signed version ${version} already; each meaning is signed once per version.`
                  : `You sign version ${version}, as saved. Unsaved edits in the form are not part of it.`}
            </Text>
          </Stack>
        ) : null}
      </Stack>
      {signing ? (
        <SigningDialog
          recordType={settingsRecord.recordType}
          recordId={settingsRecord.recordId}
          recordVersion={version}
          meaning={signing}
          recordTitle="Programme settings"
          onSigned={onSigned}
          onAttempt={onSigningAttempt}
          onClose={() => setSigning(null)}
        />
      ) : null}
    </Box>
  );
}
