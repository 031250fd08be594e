import { Stack, Text } from '@atlaskit/primitives';

/** What each column of the policy does, one line each, in the words a quality manager uses. */
const meanings = [
  {
    key: 'days',
    text: 'Plan and implementation due: business days from the day the finding is raised. A plan cannot set a later date; only a signed extension from another programme manager can.',
  },
  {
    key: 'wait',
    text: 'Effectiveness check after N days: the check cannot be made before implementation + N days, and is overdue when its due day passes. 0 lets it be made at once.',
  },
  {
    key: 'exemption',
    text: 'May close without action: a programme manager may close a finding of this grade by signing that no corrective action is needed. Only for grades whose action is not required.',
  },
] as const;

export function PolicyMeanings() {
  return (
    <Stack space="space.050" testId="policy-meanings">
      {meanings.map(({ key, text }) => (
        <Text key={key} as="p" size="small" color="color.text.subtle" testId={`policy-meaning-${key}`}>
          {text}
        </Text>
      ))}
    </Stack>
  );
}
