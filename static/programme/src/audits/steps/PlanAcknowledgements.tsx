import { Stack, Text } from '@atlaskit/primitives';
import type { FormEvent } from 'react';
import { RefusableInlineForm } from '../../../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../../../shared/forms/TextAreaField';
import { useDraft } from '../../../../shared/forms/useDraft';
import { useSave } from '../../../../shared/forms/useSave';
import { fieldMessage } from '../../../../shared/fieldMessage';
import { callResolver } from '../../../../shared/invokeClient';
import type { AuditView } from '../planDraft';

interface PlanAcknowledgementsProps {
  view: AuditView;
  onAcknowledged: (next: AuditView) => void;
}

const empty = { note: '' };

/** The auditee's own acknowledgement of the approved plan, with an optional note (dates, people, records). */
function AcknowledgeForm({ view, onAcknowledged }: PlanAcknowledgementsProps) {
  const { draft, update } = useDraft(empty);
  const save = useSave();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run(
      () => callResolver('acknowledgeAuditPlan', { auditId: view.id, expectedVersion: view.version, note: draft.note }),
      { onSaved: onAcknowledged },
    );
  };
  return (
    <RefusableInlineForm
      testId="audit-acknowledge-form"
      save={save}
      onSubmit={submit}
      submit={{ label: 'I have read the plan', testId: 'audit-acknowledge-submit' }}
      refusal={{
        title: 'Your acknowledgement was not recorded',
        fieldPaths: ['note'],
        testId: 'audit-acknowledge-failure',
      }}
    >
      <TextAreaField
        id="audit-acknowledge-note"
        label="Note to the audit team"
        helper="Optional: dates that do not suit, who else should attend, records to have ready."
        value={draft.note}
        onChange={(note) => update({ note })}
        error={fieldMessage(save.error, 'note')}
        rows={2}
      />
    </RefusableInlineForm>
  );
}

/**
 * Who acknowledged the plan as it stands, who has not yet, and for an auditee named on the plan
 * the form to acknowledge it (ISO 19011 6.3.2: the plan is communicated to the auditee).
 */
export function PlanAcknowledgements({ view, onAcknowledged }: PlanAcknowledgementsProps) {
  const { acknowledgements, notAcknowledged, can, planApproved } = view.steps;
  return (
    <Stack space="space.100" testId="audit-acknowledgements">
      {acknowledgements.map((a) => (
        <Text as="p" key={a.auditeeId} testId={`audit-acknowledgement-${a.auditeeId}`}>
          {a.name} acknowledged the plan on {a.acknowledgedOn}
          {a.current ? '' : ' (before its last change: asked again)'}
          {a.note ? `: “${a.note}”` : ''}
        </Text>
      ))}
      {notAcknowledged.length > 0 ? (
        <Text as="p" color="color.text.subtle" testId="audit-acknowledgements-missing">
          Not acknowledged yet: {notAcknowledged.map((p) => p.name).join(', ')}
        </Text>
      ) : null}
      {/* An auditee who acknowledged already may do it again (with a new note): it replaces theirs. */}
      {can.acknowledge && planApproved ? <AcknowledgeForm view={view} onAcknowledged={onAcknowledged} /> : null}
    </Stack>
  );
}
