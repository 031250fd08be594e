import type { FormEvent } from 'react';
import type { FindingView } from '../../../../../src/contract';
import { DateField } from '../../../../shared/forms/DateField';
import { PeopleField } from '../../../../shared/forms/PersonField';
import { RefusableInlineForm } from '../../../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../../../shared/forms/TextAreaField';
import { fieldsSaying, useDraft } from '../../../../shared/forms/useDraft';
import { useSave } from '../../../../shared/forms/useSave';
import { callResolver } from '../../../../shared/invokeClient';
import type { AuditView } from '../planDraft';
import type { AuditLookups } from '../useAuditLookups';
import { FindingPositionsFields } from './FindingPositionsFields';
import { type MeetingDraft, type MeetingKind, meetingInput, meetingTitles, newMeeting } from './meetingDraft';

interface MeetingFormProps {
  kind: MeetingKind;
  view: AuditView;
  lookups: AuditLookups;
  /** The audit's findings: at closing, the auditee's position on each standing one is recorded. */
  findings: readonly FindingView[];
  onRecorded: (next: AuditView) => void;
}

const fieldPaths = ['content.heldOn', 'content.attendeeIds', 'content.pointsRaised', 'content.positions'];

/** The draft a meeting form opens with: the meeting as recorded (recording again replaces it), else a new one. */
function startingDraft(kind: MeetingKind, view: AuditView, findings: readonly FindingView[]): MeetingDraft {
  const { steps, audit } = view;
  const recorded = kind === 'opening' ? steps.openingMeeting : steps.closingMeeting;
  const fresh = newMeeting(
    kind,
    kind === 'opening' ? (steps.fieldworkStartedOn ?? '') : '',
    [audit.plan.leadAuditorId, ...audit.plan.auditeeIds].filter((id): id is string => Boolean(id)),
    findings,
  );
  if (!recorded) return fresh;
  const positions = steps.closingMeeting?.positions ?? [];
  return {
    heldOn: recorded.heldOn,
    attendeeIds: [...recorded.attendeeIds],
    pointsRaised: recorded.pointsRaised,
    // Findings recorded since the meeting start as agreed, like the others did.
    positions: fresh.positions.map((draft) => {
      const was = positions.find((p) => p.findingId === draft.findingId);
      if (!was) return draft;
      return was.position === 'agreed' ? draft : { ...draft, position: 'diverging', opinion: was.opinion };
    }),
  };
}

/**
 * The opening or closing meeting as the lead records it (ISO 19011 6.4.3, 6.4.10): the day, who
 * attended, the points raised and, at closing, whether the auditee agrees with each finding.
 */
export function MeetingForm({ kind, view, lookups, findings, onRecorded }: MeetingFormProps) {
  const { draft, update } = useDraft<MeetingDraft>(startingDraft(kind, view, findings));
  const save = useSave();
  const said = fieldsSaying(draft, update, save.error);
  const id = `audit-${kind}-meeting`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run(() => callResolver('recordAuditMeeting', meetingInput(kind, view.id, view.version, draft)), {
      onSaved: onRecorded,
    });
  };

  return (
    <RefusableInlineForm
      testId={`${id}-form`}
      save={save}
      onSubmit={submit}
      submit={{ label: `Record the ${meetingTitles[kind].toLocaleLowerCase()}`, testId: `${id}-submit` }}
      refusal={{ title: `The ${kind} meeting was not recorded`, fieldPaths, testId: `${id}-failure` }}
    >
      <DateField id={`${id}-held-on`} label="Held on" isRequired {...said('heldOn', 'content.heldOn')} />
      <PeopleField
        id={`${id}-attendees`}
        label="Attendees"
        helper="The audit team, the auditees and anyone else present."
        path="content.attendeeIds"
        error={save.error}
        people={lookups.people}
        value={draft.attendeeIds}
        onChange={(attendeeIds) => update({ attendeeIds })}
        isRequired
      />
      <TextAreaField
        id={`${id}-points`}
        label="Points raised"
        helper={kind === 'opening' ? 'Scope, timetable, confidentiality, questions.' : 'What was presented and said.'}
        {...said('pointsRaised', 'content.pointsRaised')}
      />
      {kind === 'closing' ? (
        <FindingPositionsFields
          idPrefix={id}
          findings={findings}
          positions={draft.positions}
          onChange={(positions) => update({ positions })}
          error={save.error}
        />
      ) : null}
    </RefusableInlineForm>
  );
}
