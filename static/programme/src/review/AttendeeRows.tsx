import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ManagementReviewView } from '../../../../src/contract';
import { RemoveRowButton } from '../../../shared/components/RemoveRowButton';

export type Attendee = ManagementReviewView['attendees'][number];

/** What a row asks of each attendee, in the order shown. */
const attendeeParts = [
  { part: 'name', placeholder: 'Name' },
  { part: 'role', placeholder: 'Role, e.g. CEO' },
] as const;

interface AttendeeRowsProps {
  attendees: readonly Attendee[];
  onChange: (attendees: Attendee[]) => void;
  isDisabled: boolean;
  /** The message about the attendees from the last save, if any. */
  error?: string;
}

/** Who attended the review: a row each, name and role (the minutes name top management present). */
export function AttendeeRows({ attendees, onChange, isDisabled, error }: AttendeeRowsProps) {
  const change = (index: number, patch: Partial<Attendee>) =>
    onChange(attendees.map((attendee, at) => (at === index ? { ...attendee, ...patch } : attendee)));
  return (
    <Stack space="space.100" testId="review-attendees">
      <Text weight="semibold">Attendees</Text>
      {attendees.length === 0 ? <Text color="color.text.subtlest">No attendee recorded.</Text> : null}
      {attendees.map((attendee, index) => (
        <Inline key={index} space="space.100" alignBlock="center" testId={`review-attendee-${index}`}>
          {attendeeParts.map(({ part, placeholder }) => (
            <Textfield
              key={part}
              aria-label={`Attendee ${index + 1} ${part}`}
              value={attendee[part]}
              placeholder={placeholder}
              isDisabled={isDisabled}
              onChange={(event) => change(index, { [part]: event.currentTarget.value })}
              testId={`review-attendee-${part}-${index}`}
            />
          ))}
          {isDisabled ? null : (
            <RemoveRowButton
              onRemove={() => onChange(attendees.filter((_, at) => at !== index))}
              testId={`review-attendee-remove-${index}`}
            />
          )}
        </Inline>
      ))}
      {error ? (
        <Text color="color.text.danger" testId="review-attendees-error">
          {error}
        </Text>
      ) : null}
      {isDisabled ? null : (
        <Inline>
          <Button
            spacing="compact"
            onClick={() => onChange([...attendees, { name: '', role: '', accountId: null }])}
            testId="review-attendee-add"
          >
            Add attendee
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
