import type { FormEvent } from 'react';
import type { FindingView } from '../../../../../src/contract';
import { RefusableInlineForm } from '../../../../shared/forms/RefusableInlineForm';
import { SelectField } from '../../../../shared/forms/SelectField';
import { TextAreaField } from '../../../../shared/forms/TextAreaField';
import { useDraft } from '../../../../shared/forms/useDraft';
import { useSave } from '../../../../shared/forms/useSave';
import { callResolver } from '../../../../shared/invokeClient';
import { FindingFields } from '../FindingFields';
import { fieldText } from '../fieldText';
import type { AuditView } from '../planDraft';
import type { AuditLookups } from '../useAuditLookups';
import { type ReviseDraft, type ReviseKind, reviseDraftOf, reviseInput } from './reviseDraft';

interface ReviseFindingFormProps {
  finding: FindingView;
  view: AuditView;
  lookups: AuditLookups;
  onRevised: () => void;
}

const kinds = [
  { label: 'Correct or regrade it', value: 'revise' as const },
  { label: 'Withdraw it', value: 'withdraw' as const },
];

/**
 * The lead corrects, regrades or withdraws a finding before the report is approved, always with a
 * reason (ISO 19011 6.4.9); the finding keeps what it said before.
 */
export function ReviseFindingForm({ finding, view, lookups, onRevised }: ReviseFindingFormProps) {
  const { draft, update } = useDraft<ReviseDraft>(reviseDraftOf(finding));
  const save = useSave();
  const id = `audit-finding-${finding.id}-revise`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run(() => callResolver('reviseFinding', reviseInput(finding, draft)), { onSaved: onRevised });
  };
  const areaOptions = view.audit.plan.areaIds.map((areaId) => ({ label: lookups.areaName(areaId), value: areaId }));
  const itemOptions = view.checklist.map((line) => ({ label: `${line.itemId} ${line.title}`, value: line.itemId }));

  return (
    <RefusableInlineForm
      testId={`${id}-form`}
      save={save}
      onSubmit={submit}
      submit={{ label: draft.kind === 'withdraw' ? 'Withdraw the finding' : 'Save the change', testId: `${id}-submit` }}
      refusal={{ title: 'The finding was not changed', fieldPaths: ['reason'], testId: `${id}-failure` }}
    >
      <SelectField<ReviseKind>
        id={`${id}-kind`}
        label="Change"
        path="change.kind"
        error={save.error}
        choices={kinds}
        value={draft.kind}
        onChange={(kind) => update({ kind })}
      />
      {draft.kind === 'revise' ? (
        <FindingFields
          idPrefix={id}
          draft={draft.content}
          onChange={(content) => update({ content })}
          areaOptions={areaOptions}
          itemOptions={itemOptions}
          error={null}
        />
      ) : null}
      <TextAreaField
        id={`${id}-reason`}
        label="Reason"
        helper="Why the finding changes: it is kept with the finding and in the audit trail."
        value={draft.reason}
        onChange={(reason) => update({ reason })}
        error={fieldText(save.error, 'reason')}
        isRequired
      />
    </RefusableInlineForm>
  );
}
