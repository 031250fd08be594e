/**
 * Links to the site from inside a frame. The resolvers give site-relative paths (`/browse/NC-3`,
 * `/wiki/spaces/ISMS/pages/123`, built once per target in src/domain/links/siteLinks.ts); a frame
 * is served from another origin than the site, so a bare path would point at the frame's own host.
 * The link's address is the path on the site's base URL from the frame's context (`siteUrl`), and a
 * click opens it through the bridge's router, the one way Forge lets a frame open a site page.
 */

/** A site-relative path on the site's base URL; a full address (evidence on the web) stays as it is. */
export function linkOnSite(siteUrl: string | null, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || !siteUrl) return path;
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A Jira issue's path, for the one list whose resolver gives only the key (the intake register);
 * the same path as the domain's `jiraIssuePath` (a test holds them equal: the UI imports no domain code).
 */
export const jiraIssuePath = (issueKey: string): string => `/browse/${encodeURIComponent(issueKey)}`;

/** Opens a link of the site in a new tab through the host's router (a frame cannot navigate the site). */
export function openOnSite(path: string): void {
  void import('@forge/bridge').then(({ router }) => router.open(path)).catch(() => undefined);
}
