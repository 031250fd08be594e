import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives';
import { useState } from 'react';
import { SigningDialog } from '../../../../shared/signing/SigningDialog';
import type { AuditView } from '../planDraft';

interface PlanApprovalProps {
  view: AuditView;
  /** The signature was recorded: read the audit again. */
  onSigned: () => void;
  onSigningAttempt?: () => void;
}

/**
 * The plan's approval by electronic signature (meaning `approved` on the audit record): the lead or
 * a programme manager signs the plan as it stands before fieldwork; a later change to the plan asks
 * for a new signature (and new acknowledgements).
 */
export function PlanApproval({ view, onSigned, onSigningAttempt }: PlanApprovalProps) {
  const [signing, setSigning] = useState(false);
  const { planApproved } = view.steps;
  const canSign = view.can.editPlan && !planApproved && (view.state === 'planned' || view.state === 'inProgress');
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId="audit-plan-approval">
      <Lozenge appearance={planApproved ? 'success' : 'moved'} testId="audit-plan-approval-state">
        {planApproved ? 'Plan approved' : 'Plan not approved'}
      </Lozenge>
      {canSign ? (
        <Button appearance="primary" onClick={() => setSigning(true)} testId="audit-plan-approve">
          Approve the plan (version {view.version})
        </Button>
      ) : null}
      {signing ? (
        <SigningDialog
          recordType="audit"
          recordId={view.id}
          recordVersion={view.version}
          meaning="approved"
          recordTitle={`The plan of "${view.audit.plan.title}"`}
          onSigned={onSigned}
          onAttempt={onSigningAttempt}
          onClose={() => setSigning(false)}
        />
      ) : null}
    </Inline>
  );
}
