import { token } from '@atlaskit/tokens';
import { SiteLink } from '../../../shared/components/SiteLink';
import { jiraIssuePath } from '../../../shared/siteLinks';

/** A Jira issue key that opens the issue through the host's router (a frame cannot navigate the site). */
export function IssueLink({ issueKey, url }: { issueKey: string | null; url?: string | null }) {
  if (!issueKey) return <span>–</span>;
  return (
    <SiteLink path={url ?? jiraIssuePath(issueKey)} testId="issue-link" style={{ color: token('color.link') }}>
      {issueKey}
    </SiteLink>
  );
}
