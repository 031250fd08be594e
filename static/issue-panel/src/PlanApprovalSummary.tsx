import { Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../src/contract';
import { SignatureBlock } from '../../shared/signing/SignatureBlock';

type PlanApproval = NonNullable<CorrectiveActionView['planApproval']>;

/**
 * The signed approval of the plan (ISO 27001 10.2 c–d): who approved it and when, how the
 * effectiveness check will judge the action and by when, and the signature an inspector asks for.
 */
export function PlanApprovalSummary({ approval }: { approval: PlanApproval }) {
  const { approval: record, approverName, signature } = approval;
  return (
    <Stack space="space.075" testId="panel-plan-approval">
      <Text size="small" color="color.text.subtle" testId="panel-plan-approval-by">
        Approved by {approverName} on {record.approvedAt.slice(0, 10)}
      </Text>
      <Text as="p" testId="panel-plan-approval-criteria">
        <Text weight="semibold">Effectiveness criteria: </Text>
        {record.effectivenessCriteria}
      </Text>
      <Text as="p" testId="panel-plan-approval-check-due">
        <Text weight="semibold">Effectiveness check due: </Text>
        {record.checkDueDate}
      </Text>
      <SignatureBlock signatures={signature ? [signature] : []} testId="panel-plan-approval-signature" />
    </Stack>
  );
}
