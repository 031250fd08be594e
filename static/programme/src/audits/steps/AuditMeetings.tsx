import { Stack } from '@atlaskit/primitives';
import type { FindingView } from '../../../../../src/contract';
import { FormBehindButton } from '../../../../shared/components/FormBehindButton';
import { findingGradeTitles } from '../auditWords';
import type { AuditView } from '../planDraft';
import type { AuditLookups } from '../useAuditLookups';
import { MeetingForm } from './MeetingForm';
import { type MeetingKind, meetingTitles } from './meetingDraft';
import { MeetingRecord } from './MeetingRecord';

interface AuditMeetingsProps {
  view: AuditView;
  lookups: AuditLookups;
  findings: readonly FindingView[];
  onRecorded: (next: AuditView) => void;
}

/** The opening and closing meetings as recorded, and for the lead the forms that record them (again). */
export function AuditMeetings({ view, lookups, findings, onRecorded }: AuditMeetingsProps) {
  const { steps } = view;
  const findingName = (findingId: string) => {
    const content = findings.find((f) => f.id === findingId)?.finding.content;
    return content ? `${findingGradeTitles[content.grade]} on ${content.itemId}` : findingId;
  };
  // The closing meeting follows the opening one (an audit started before the steps has none to follow).
  const mayRecord = (kind: MeetingKind) =>
    steps.can.recordMeetings &&
    (kind === 'opening' || steps.openingMeeting !== null || steps.startedBeforeStepsRequired);
  const meeting = (kind: MeetingKind) => (
    <Stack space="space.100" key={kind}>
      <MeetingRecord
        kind={kind}
        meeting={kind === 'opening' ? steps.openingMeeting : steps.closingMeeting}
        findingName={findingName}
      />
      {mayRecord(kind) ? (
        <FormBehindButton
          title={`${(kind === 'opening' ? steps.openingMeeting : steps.closingMeeting) ? 'Record again: ' : 'Record the '}${meetingTitles[kind].toLocaleLowerCase()}`}
          openTestId={`audit-${kind}-meeting-open`}
        >
          {(close) => (
            <MeetingForm
              kind={kind}
              view={view}
              lookups={lookups}
              findings={findings}
              onRecorded={(next) => {
                close();
                onRecorded(next);
              }}
            />
          )}
        </FormBehindButton>
      ) : null}
    </Stack>
  );
  return (
    <Stack space="space.200" testId="audit-meetings">
      {meeting('opening')}
      {meeting('closing')}
    </Stack>
  );
}
