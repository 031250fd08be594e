import { Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../src/contract';
import { callResolver } from '../../shared/invokeClient';
import { DateField } from '../../shared/forms/DateField';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { fieldsSaying, useDraft } from '../../shared/forms/useDraft';
import { type SignedFormWords, SignedInlineForm } from '../../shared/signing/SignedInlineForm';
import { useSignedSave } from '../../shared/signing/useSignedSave';
import { addCalendarDays } from './calendarDays';

/** Days past the earliest allowed check date the form proposes, so a late implementation still fits. */
const CHECK_MARGIN_DAYS = 14;

const fieldPaths = ['effectivenessCriteria', 'checkDueDate', 'passphrase'] as const;

const approvalForm: SignedFormWords = {
  testId: 'panel-approve-form',
  submit: { label: 'Approve and sign', testId: 'panel-approve-save' },
  refusal: { title: 'The plan was not approved', fieldPaths, testId: 'panel-approve-failure' },
  passphrase: {
    id: 'panel-approve-passphrase',
    helper: 'You sign this approval (meaning: approved). Your signature is bound to this version of the plan.',
  },
};

/**
 * A programme manager or lead auditor (never the plan's owner) approves the plan before
 * implementation starts, setting how effectiveness will be judged and when the check is due; the
 * approval is signed with meaning "approved". The passphrase never enters React state.
 */
export function PlanApprovalForm({
  view,
  onApproved,
}: {
  view: CorrectiveActionView;
  onApproved: (view: CorrectiveActionView) => void;
}) {
  const planDue = view.dates.controlledDueDate ?? view.action.plan?.dueDate ?? '';
  // The policy's waiting period runs from implementation, at the latest the plan's due date.
  const earliest = planDue ? addCalendarDays(planDue, view.dates.waitDays) : '';
  const { draft, update } = useDraft({
    effectivenessCriteria: '',
    checkDueDate: planDue ? addCalendarDays(earliest, CHECK_MARGIN_DAYS) : '',
  });
  const signing = useSignedSave();
  const field = fieldsSaying(draft, update, signing.error);

  const approve = signing.signOnSubmit(
    (passphrase) =>
      callResolver('approveCorrectiveActionPlan', {
        correctiveActionId: view.id,
        expectedVersion: view.version,
        ...draft,
        passphrase,
      }),
    onApproved,
  );

  return (
    <SignedInlineForm {...approvalForm} signing={signing} onSubmit={approve}>
      <Text as="p" weight="semibold">
        Approve the plan
      </Text>
      <Text as="p" color="color.text.subtle">
        Implementation starts once the plan is approved. Say how the effectiveness check will judge the action, and when
        it is due.
      </Text>
      <TextAreaField
        id="panel-approve-criteria"
        label="Effectiveness criteria"
        helper="What the check will look for to judge that the cause is gone, e.g. two quarterly restore tests passed."
        {...field('effectivenessCriteria')}
        isRequired
      />
      <DateField
        id="panel-approve-check-due"
        label="Effectiveness check due"
        helper={
          earliest
            ? `YYYY-MM-DD · ${earliest} at the earliest: the policy waits ${view.dates.waitDays} days after implementation`
            : 'YYYY-MM-DD'
        }
        minDate={earliest || undefined}
        {...field('checkDueDate')}
        isRequired
      />
    </SignedInlineForm>
  );
}
