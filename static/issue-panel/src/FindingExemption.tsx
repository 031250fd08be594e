import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { IssueContextView } from '../../../src/contract';
import { callResolver } from '../../shared/invokeClient';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { SignatureBlock } from '../../shared/signing/SignatureBlock';
import { fieldsSaying, useDraft } from '../../shared/forms/useDraft';
import { type SignedFormWords, SignedInlineForm } from '../../shared/signing/SignedInlineForm';
import { useSignedSave } from '../../shared/signing/useSignedSave';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { gradeWords } from './words';

type Finding = IssueContextView['findings'][number];

/**
 * A finding closed by a signed exemption instead of a corrective action: when, and the
 * programme manager's signature (meaning "closure") as the signing service holds it.
 */
export function ExemptionRecord({ finding }: { finding: Finding }) {
  const query = useResolverQuery('listSignatures', { recordType: 'ncExemption', recordId: finding.id });
  const signatures = query.state.status === 'ok' ? query.state.value.signatures : [];
  return (
    <SectionMessage appearance="success" title="No corrective action needed" testId="panel-exemption">
      <Stack space="space.100">
        <Text as="p" testId="panel-exemption-on">
          A programme manager recorded on {finding.closure.closedOn ?? 'a day the record does not give'} that this{' '}
          {gradeWords[finding.grade].label.toLowerCase()} needs no corrective action, with a reason kept in the audit
          trail. The finding is closed.
        </Text>
        {query.state.status === 'loading' ? null : (
          <SignatureBlock signatures={signatures} testId="panel-exemption-signature" />
        )}
      </Stack>
    </SectionMessage>
  );
}

/**
 * Offers a programme manager to close the finding without a corrective action, when its grade's
 * policy allows it (observations, opportunities for improvement, as the Jira settings say).
 * Nothing is offered until the policy is read; the server checks it again.
 */
export function ExemptionOffer({ finding, onExempted }: { finding: Finding; onExempted: () => void }) {
  const settings = useResolverQuery('getJiraSettings', {});
  if (settings.state.status !== 'ok') return null;
  const policy = settings.state.value.settings?.dueDates[finding.grade];
  // The same rule as the domain's mayCloseWithoutAction: an older setting without the flag follows the action's need.
  const allowed = policy ? (policy.closeWithoutAction ?? policy.correctiveAction === 'optional') : false;
  return allowed ? <ExemptionForm finding={finding} onExempted={onExempted} /> : null;
}

const exemptionForm: SignedFormWords = {
  testId: 'panel-exemption-form',
  submit: { label: 'Sign: no corrective action needed', testId: 'panel-exemption-save' },
  refusal: {
    title: 'The exemption was not recorded',
    fieldPaths: ['reason', 'passphrase'],
    testId: 'panel-exemption-failure',
  },
  passphrase: { id: 'panel-exemption-passphrase', helper: 'You sign this decision (meaning: closure).' },
};

const noReason = { reason: '' };

function ExemptionForm({ finding, onExempted }: { finding: Finding; onExempted: () => void }) {
  const { draft, update } = useDraft(noReason);
  const signing = useSignedSave();
  const field = fieldsSaying(draft, update, signing.error);
  const exempt = signing.signOnSubmit(
    (passphrase) => callResolver('exemptFindingFromAction', { findingId: finding.id, ...draft, passphrase }),
    onExempted,
  );

  return (
    <SignedInlineForm {...exemptionForm} signing={signing} onSubmit={exempt}>
      <Text as="p" weight="semibold">
        Record that no corrective action is needed
      </Text>
      <Text as="p" color="color.text.subtle">
        The policy lets a {gradeWords[finding.grade].label.toLowerCase()} close without a corrective action on a
        programme manager’s signed decision. Its Jira issue then closes.
      </Text>
      <TextAreaField
        id="panel-exemption-reason"
        label="Reason"
        helper="Why no corrective action is needed (at least 10 characters)."
        {...field('reason')}
        isRequired
      />
    </SignedInlineForm>
  );
}
