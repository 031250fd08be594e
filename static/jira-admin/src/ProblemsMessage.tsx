import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { JiraSettingsProblem } from '../../../src/contract/jira';

/** The settings fields' names, for a problem listed away from its field. */
const fieldNames: Array<[prefix: string, name: string]> = [
  ['settings.nonconformities', 'Nonconformities'],
  ['settings.correctiveActions', 'Corrective actions'],
  ['settings.statuses', 'Status mapping'],
  ['settings.nonconformityStatuses', 'Nonconformities: closed status'],
  ['settings.dueDates', 'Due-date policy'],
  ['settings.labels', 'Labels'],
];

const nameOf = (field: string) => fieldNames.find(([prefix]) => field.startsWith(prefix))?.[1] ?? 'Jira';

interface ProblemsMessageProps {
  problems: readonly JiraSettingsProblem[];
  /** What was checked: the saved settings, or the form's. */
  subject: string;
  testId: string;
}

/** What the Jira projects cannot do for the settings, each also shown under its field. */
export function ProblemsMessage({ problems, subject, testId }: ProblemsMessageProps) {
  if (problems.length === 0) {
    return (
      <SectionMessage appearance="success" title={`The Jira projects can do what ${subject} ask`} testId={testId}>
        <Text as="p">Projects, issue types and every mapped status were found, each in the right category.</Text>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage
      appearance="warning"
      title={`The Jira projects cannot do everything ${subject} ask`}
      testId={testId}
    >
      <Stack space="space.050">
        <Text as="p">Each problem is also shown under its field.</Text>
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.field}-${problem.message}`} data-testid={`${testId}-item`}>
              <Text weight="medium">{nameOf(problem.field)}:</Text> {problem.message}
            </li>
          ))}
        </ul>
      </Stack>
    </SectionMessage>
  );
}
