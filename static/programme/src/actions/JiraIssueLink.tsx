import { Text } from '@atlaskit/primitives';
import { SiteLink } from '../../../shared/components/SiteLink';

/** An issue key opening the issue on the Jira site (a new tab, through the host's router: the app lives in a frame). */
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
    <SiteLink path={url} testId={testId}>
      {issueKey}
    </SiteLink>
  );
}
