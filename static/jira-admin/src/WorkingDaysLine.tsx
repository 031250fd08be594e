import { Text } from '@atlaskit/primitives';

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The programme calendar that business days count on (set in the programme settings, not here). */
export function WorkingDaysLine({ workingDays, timeZone }: { workingDays: readonly number[]; timeZone: string }) {
  const days = workingDays.map((iso) => dayNames[iso - 1] ?? String(iso)).join(', ');
  return (
    <Text as="p" color="color.text.subtle" testId="working-days">
      Business days are the programme&apos;s working days, {days}, counted in {timeZone}. The programme manager changes
      them in the programme settings.
    </Text>
  );
}
