import { Stack, Text } from '@atlaskit/primitives';
import type { AuditView } from '../planDraft';
import type { MeetingKind } from './meetingDraft';
import { meetingTitles } from './meetingDraft';

type Steps = AuditView['steps'];

interface MeetingRecordProps {
  kind: MeetingKind;
  meeting: Steps['openingMeeting'] | Steps['closingMeeting'];
  /** Finding id → how the page names it (grade and clause), for the closing meeting's positions. */
  findingName: (findingId: string) => string;
}

/** A recorded meeting as the page shows it: the day, who attended, the points raised and the positions taken. */
export function MeetingRecord({ kind, meeting, findingName }: MeetingRecordProps) {
  const id = `audit-${kind}-meeting`;
  if (!meeting) {
    return (
      <Text as="p" color="color.text.subtle" testId={`${id}-none`}>
        {meetingTitles[kind]}: not recorded yet.
      </Text>
    );
  }
  const positions = 'positions' in meeting ? meeting.positions : [];
  return (
    <Stack space="space.050" testId={`${id}-record`}>
      <Text as="p">
        <Text weight="semibold">{meetingTitles[kind]}</Text> held on {meeting.heldOn}, attended by{' '}
        {meeting.attendeeNames.join(', ')}.
      </Text>
      {meeting.pointsRaised ? <Text as="p">Points raised: {meeting.pointsRaised}</Text> : null}
      {positions.map((p) => (
        <Text as="p" key={p.findingId} testId={`${id}-record-position-${p.findingId}`}>
          {findingName(p.findingId)}:{' '}
          {p.position === 'agreed' ? 'agreed by the auditee' : `diverging opinion: ${p.opinion}`}
        </Text>
      ))}
    </Stack>
  );
}
