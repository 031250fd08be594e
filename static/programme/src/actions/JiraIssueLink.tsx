import { Text } from '@atlaskit/primitives';

/** An issue key opening the issue on the Jira site (a new tab: the app lives in a frame). */
export function JiraIssueLink({
  issueKey,
  url,
  testId,
}: {
  issueKey: string | null;
  url: string | null;
  testId?: string;
}) {
  if (!issueKey) return <Text color="color.text.subtlest">No issue</Text>;
  if (!url) return <Text testId={testId}>{issueKey}</Text>;
  return (
    <a href={url} target="_blank" rel="noreferrer" data-testid={testId}>
      {issueKey}
    </a>
  );
}
