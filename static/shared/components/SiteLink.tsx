import type { CSSProperties, ReactNode } from 'react';
import { linkOnSite, openOnSite } from '../siteLinks';
import { useSiteUrl } from '../useSiteUrl';

/**
 * A link to a page of the site (a Confluence page, a Jira issue) or to evidence on the web. Its
 * address is the full one on the site (copy it, open it in a tab); a click opens it through the
 * host's router, in a new tab, as every link out of the app's frames does.
 */
export function SiteLink({
  path,
  children,
  testId,
  style,
}: {
  path: string;
  children: ReactNode;
  testId?: string;
  style?: CSSProperties;
}) {
  const siteUrl = useSiteUrl();
  return (
    <a
      href={linkOnSite(siteUrl, path)}
      target="_blank"
      rel="noreferrer"
      data-testid={testId}
      // Underlined: a link inside a sentence must not be told apart by its colour alone.
      style={{ textDecoration: 'underline', ...style }}
      onClick={(event) => {
        event.preventDefault();
        openOnSite(path);
      }}
    >
      {children}
    </a>
  );
}
