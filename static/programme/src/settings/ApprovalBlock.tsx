import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { SignatureMeaning, SignatureView } from '../../../../src/contract';
import { ApprovalFrame } from '../../../shared/components/ApprovalFrame';
import { ButtonsWithHint } from '../../../shared/components/ButtonsWithHint';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { SignatureBlock } from '../../../shared/signing/SignatureBlock';
import { SigningDialog } from '../../../shared/signing/SigningDialog';
import type { QueryState } from '../../../shared/useResolverQuery';
import { settingsRecord } from './settingsApproval';

/** The two ways the settings are signed, each offered to the role that signs it. */
const signButtons = [
  { meaning: 'approved', label: 'Approve this version', appearance: 'primary', testId: 'settings-approve' },
  { meaning: 'reviewed', label: 'Review this version', appearance: 'default', testId: 'settings-review' },
] as const;

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
  const maySign = { approved: canApprove, reviewed: canReview };

  return (
    <ApprovalFrame
      status={
        approval ? (
          <Lozenge appearance="success" testId="settings-approval-state">
            Approved
          </Lozenge>
        ) : (
          <Text color="color.text.subtle" size="small" testId="settings-approval-none">
            {version === 0 ? 'Nothing saved to approve yet' : `Version ${version} is not approved`}
          </Text>
        )
      }
      dialog={
        signing ? (
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
        ) : null
      }
      testId="settings-approval"
    >
      <Text color="color.text.subtle">
        A signature applies to one version of the settings. Saving a change supersedes it, and the change needs a reason
        once the version is approved.
      </Text>
      <QueryStatus
        query={{ state: signatures, reload: onRetry }}
        loadingLabel="Loading the signatures"
        loadingTestId="settings-signatures-loading"
        failureTitle="The signatures could not be loaded"
        failureTestId="settings-signatures-error"
      />
      {signatures.status === 'ok' ? <SignatureBlock signatures={signatures.value.signatures} /> : null}
      {canApprove || canReview ? (
        <ButtonsWithHint
          hint={
            version === 0
              ? 'Save the settings first: only a saved version can be signed.'
              : signedAlready.approved || signedAlready.reviewed
                ? `You have signed version ${version} already; each meaning is signed once per version.`
                : `You sign version ${version}, as saved. Unsaved edits in the form are not part of it.`
          }
        >
          {signButtons
            .filter(({ meaning }) => maySign[meaning])
            .map(({ meaning, label, appearance, testId }) => (
              <Button
                key={meaning}
                appearance={appearance}
                isDisabled={version === 0 || signedAlready[meaning]}
                onClick={() => setSigning(meaning)}
                testId={testId}
              >
                {label}
              </Button>
            ))}
        </ButtonsWithHint>
      ) : null}
    </ApprovalFrame>
  );
}
