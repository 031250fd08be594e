import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { errorIsAbout, shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { ReasonDialog } from '../audits/ReasonDialog';
import { fieldText } from '../audits/fieldText';
import { SaveFailure } from '../components/SaveFailure';
import { type Attendee, AttendeeRows } from './AttendeeRows';
import { ConclusionFields, conclusionDraft, conclusionInput, type ConclusionDraft } from './ConclusionFields';
import type { ReviewPartProps } from './reviewPart';
import { DateField } from '../../../shared/forms/DateField';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { fieldsSaying, useDraft } from '../../../shared/forms/useDraft';

const fields = ['heldOn', 'attendees', 'minutes', 'conclusion'] as const;

interface MeetingDraft {
  heldOn: string;
  attendees: Attendee[];
  minutes: string;
  conclusion: ConclusionDraft;
}

/**
 * The meeting record: when the review was held, who attended, the minutes. Once top management has
 * signed the minutes a change needs a written reason (it withdraws the approval, and the trail says why).
 */
export function MeetingForm({ view, canEdit, onSaved, onReload }: ReviewPartProps) {
  const { draft, update } = useDraft<MeetingDraft>({
    heldOn: view.heldOn ?? '',
    attendees: view.attendees,
    minutes: view.minutes,
    conclusion: conclusionDraft(view.conclusion),
  });
  const [error, setError] = useState<ResolverError | null>(null);
  const field = fieldsSaying(draft, update, error, fieldText);
  const [busy, setBusy] = useState(false);
  const [askingReason, setAskingReason] = useState(false);

  const send = async (reason?: string): Promise<ResolverError | null> => {
    const { conclusion, ...meeting } = draft;
    const result = await callResolver('saveReviewMeeting', {
      reviewId: view.id,
      expectedVersion: view.version,
      ...meeting,
      heldOn: draft.heldOn === '' ? null : draft.heldOn,
      ...conclusionInput(conclusion, view.conclusion),
      ...(reason ? { reason } : {}),
    });
    if (!result.ok) return result.error;
    onSaved(result.value);
    return null;
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (view.minutesApproved) {
      setAskingReason(true);
      return;
    }
    setBusy(true);
    const refusal = await send();
    setBusy(false);
    setError(refusal);
    // The backend asks for a reason (the minutes were signed since this page read them).
    if (refusal && errorIsAbout(refusal, 'reason')) setAskingReason(true);
  };

  const attendeesError = fieldText(error, 'attendees');
  return (
    <>
      <form onSubmit={save} noValidate data-testid="review-meeting">
        <Stack space="space.150">
          <Heading size="small">Meeting</Heading>
          {canEdit ? null : (
            <Text color="color.text.subtle">Only a programme manager records the meeting; you can read it.</Text>
          )}
          <DateField
            id="review-held-on"
            label="Held on"
            {...field('heldOn')}
            helper="YYYY-MM-DD; leave empty until the meeting has taken place"
          />
          <AttendeeRows
            attendees={draft.attendees}
            onChange={(attendees) => update({ attendees })}
            isDisabled={!canEdit}
            error={attendeesError}
          />
          <TextAreaField id="review-minutes" label="Minutes" {...field('minutes')} rows={6} isDisabled={!canEdit} />
          <ConclusionFields
            draft={draft.conclusion}
            onChange={(change) => update({ conclusion: { ...draft.conclusion, ...change } })}
            error={error}
            isDisabled={!canEdit}
          />
          {error && !errorIsAbout(error, 'reason') ? (
            <SaveFailure
              subject="The meeting record"
              error={error}
              pointsAtField={shownUnderAField(error, fields)}
              onReload={onReload}
              reloadTestId="review-meeting-reload"
            />
          ) : null}
          {canEdit ? (
            <Inline space="space.100" alignBlock="center">
              <Button type="submit" appearance="primary" isLoading={busy} testId="review-meeting-save">
                Save meeting
              </Button>
              <Text size="small" color="color.text.subtlest" testId="review-meeting-version">
                Version {view.version}
              </Text>
            </Inline>
          ) : null}
        </Stack>
      </form>
      {/* Outside the form: a dialog's submit must not bubble (through the portal) into this one. */}
      {askingReason ? (
        <ReasonDialog
          title="Change signed minutes"
          explanation="Top management approved these minutes. Saving a change withdraws that approval; say why the record changes."
          confirmLabel="Save meeting"
          minLength={3}
          onConfirm={async (reason) => {
            const refusal = await send(reason);
            if (refusal && !errorIsAbout(refusal, 'reason')) setError(refusal);
            else if (!refusal) setError(null);
            return refusal && errorIsAbout(refusal, 'reason') ? refusal : null;
          }}
          onClose={() => setAskingReason(false)}
          testId="review-meeting-reason"
        />
      ) : null}
    </>
  );
}
