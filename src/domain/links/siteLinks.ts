/**
 * Where people open what the app links to, one function per target. Every link the app stores or
 * shows is site-relative: Jira, Confluence and the app share one site, and the path is the same on
 * every site, so a link never carries a host that could be wrong (an emulated site, a renamed site).
 * Whoever renders it puts it on the site's base URL the platform gives (`onSite`): a Custom UI frame
 * reads it from its context and opens the link through the bridge's router, a Jira description
 * relies on Jira resolving the path against the site itself.
 */

/** A Confluence page as the app records it: its space and its id (the title can change). */
export interface PageOnSite {
  spaceKey: string;
  pageId: string;
}

/** A Confluence page's view, by id: `/wiki/spaces/ISMS/pages/123`; Confluence adds the title itself. */
export const confluencePagePath = (page: PageOnSite): string =>
  `/wiki/spaces/${encodeURIComponent(page.spaceKey)}/pages/${encodeURIComponent(page.pageId)}`;

/** One version of a Confluence page, as evidence names it (the version examined, not the latest). */
export const confluencePageVersionPath = (pageId: string, version: number): string =>
  `/wiki/pages/viewpage.action?pageId=${encodeURIComponent(pageId)}&pageVersion=${version}`;

/** A Jira issue's view: `/browse/NC-3`. */
export const jiraIssuePath = (issueKey: string): string => `/browse/${encodeURIComponent(issueKey)}`;

/** A site-relative path put on the site's base URL (`https://acme.atlassian.net` + `/browse/NC-3`). */
export function onSite(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
