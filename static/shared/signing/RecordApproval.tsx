import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { SignatureView } from '../../../src/contract';
import { SignatureBlock } from './SignatureBlock';
import { SigningDialog } from './SigningDialog';

const blockStyles = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.200',
});

interface RecordApprovalProps {
  recordType: string;
  recordId: string;
  /** The version on screen; 0 while nothing was saved (nothing to sign). */
  version: number;
  /** What the record is called for people, e.g. "Statement of Applicability". */
  recordTitle: string;
  /** The current `approved` signatures of this version, as the record's view carries them. */
  approvals: readonly SignatureView[];
  canApprove: boolean;
  ownAccountId: string;
  /** A signature was recorded: read the record again (its approvals changed). */
  onSigned: () => void;
  /** Every answer to a signing attempt (the signing status may have changed). */
  onSigningAttempt?: () => void;
  /** Prefix of the test ids, e.g. `soa-approval`. */
  testId: string;
}

/**
 * Approval by electronic signature of one version of a record (meaning `approved`): who approved,
 * when, and for a programme manager the button that signs the version on screen. A later change
 * supersedes the approval, so this only ever shows the current version's.
 */
export function RecordApproval({
  recordType,
  recordId,
  version,
  recordTitle,
  approvals,
  canApprove,
  ownAccountId,
  onSigned,
  onSigningAttempt,
  testId,
}: RecordApprovalProps) {
  const [signing, setSigning] = useState(false);
  const approved = approvals.length > 0;
  const signedByMe = approvals.some((s) => s.signerAccountId === ownAccountId && s.recordVersion === version);

  return (
    <Box xcss={blockStyles} testId={testId}>
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Heading size="small">Approval</Heading>
          {approved ? (
            <Lozenge appearance="success" testId={`${testId}-state`}>
              Approved
            </Lozenge>
          ) : (
            <Lozenge appearance="moved" testId={`${testId}-state`}>
              {version === 0 ? 'Not saved yet' : 'Not approved'}
            </Lozenge>
          )}
        </Inline>
        <SignatureBlock signatures={approvals} testId={`${testId}-signatures`} />
        {canApprove ? (
          <Stack space="space.075">
            <Inline>
              <Button
                appearance="primary"
                isDisabled={version === 0 || signedByMe}
                onClick={() => setSigning(true)}
                testId={`${testId}-approve`}
              >
                {version === 0 ? 'Approve' : `Approve version ${version}`}
              </Button>
            </Inline>
            <Text size="small" color="color.text.subtlest">
              {version === 0
                ? 'Save first: only a saved version can be signed.'
                : signedByMe
                  ? `You have approved version ${version}.`
                  : `You sign version ${version} as saved; any later change withdraws the approval.`}
            </Text>
          </Stack>
        ) : null}
      </Stack>
      {signing ? (
        <SigningDialog
          recordType={recordType}
          recordId={recordId}
          recordVersion={version}
          meaning="approved"
          recordTitle={recordTitle}
          onSigned={onSigned}
          onAttempt={onSigningAttempt}
          onClose={() => setSigning(false)}
        />
      ) : null}
    </Box>
  );
}
