import { token } from '@atlaskit/tokens';
import { openSiteLink } from '../hostContext';

/** A Jira issue key that opens the issue through the host's router (a frame cannot navigate the site). */
export function IssueLink({ issueKey, url }: { issueKey: string | null; url?: string | null }) {
  if (!issueKey) return <span>–</span>;
  const target = url ?? `/browse/${issueKey}`;
  return (
    <a
      href={target}
      data-testid="issue-link"
      style={{ color: token('color.link') }}
      onClick={(event) => {
        event.preventDefault();
        openSiteLink(target);
      }}
    >
      {issueKey}
    </a>
  );
}
