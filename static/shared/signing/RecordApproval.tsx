import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { SignatureView } from '../../../src/contract';
import { ApprovalFrame } from '../components/ApprovalFrame';
import { ButtonsWithHint } from '../components/ButtonsWithHint';
import { SignatureBlock } from './SignatureBlock';
import { SigningDialog } from './SigningDialog';

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
    <ApprovalFrame
      status={
        <Lozenge appearance={approved ? 'success' : 'moved'} testId={`${testId}-state`}>
          {approved ? 'Approved' : version === 0 ? 'Not saved yet' : 'Not approved'}
        </Lozenge>
      }
      dialog={
        signing ? (
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
        ) : null
      }
      testId={testId}
    >
      <SignatureBlock signatures={approvals} testId={`${testId}-signatures`} />
      {canApprove ? (
        <ButtonsWithHint
          hint={
            version === 0
              ? 'Save first: only a saved version can be signed.'
              : signedByMe
                ? `You have approved version ${version}.`
                : `You sign version ${version} as saved; any later change withdraws the approval.`
          }
        >
          <Button
            appearance="primary"
            isDisabled={version === 0 || signedByMe}
            onClick={() => setSigning(true)}
            testId={`${testId}-approve`}
          >
            {version === 0 ? 'Approve' : `Approve version ${version}`}
          </Button>
        </ButtonsWithHint>
      ) : null}
    </ApprovalFrame>
  );
}
