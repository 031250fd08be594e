/**
 * Turns a concrete product path into its route template, so counters group calls by endpoint:
 * `/rest/api/3/issue/NC-12?fields=summary` → `/rest/api/3/issue/{issueIdOrKey}`,
 * `/wiki/api/v2/pages/65539` → `/wiki/api/v2/pages/{id}`.
 *
 * Rules, per path segment (the query string is dropped first):
 * - after `api` (or `atlassian-connect`): a number is the API version and stays;
 * - after `issue`: an issue key (`NC-12`) or a number → `{issueIdOrKey}`;
 * - after `project`: a project key (`NC`) or a number → `{projectIdOrKey}`;
 * - after `properties`: a number → `{id}`, anything else → `{propertyKey}`;
 * - after `field`: anything but `search` → `{fieldIdOrKey}`;
 * - after `space` (Confluence v1): a space key → `{spaceKey}`;
 * - anywhere: an issue key → `{issueIdOrKey}`, a number or a UUID → `{id}`.
 */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
const NUMBER = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function templateSegment(segment: string, previous: string | undefined): string {
  if (segment === '') return segment;
  switch (previous) {
    case 'api':
    case 'atlassian-connect':
      if (NUMBER.test(segment)) return segment; // the API version: /rest/api/3
      break;
    case 'issue':
      if (ISSUE_KEY.test(segment) || NUMBER.test(segment)) return '{issueIdOrKey}';
      break;
    case 'project':
      if (PROJECT_KEY.test(segment) || NUMBER.test(segment)) return '{projectIdOrKey}';
      break;
    case 'properties':
      return NUMBER.test(segment) ? '{id}' : '{propertyKey}';
    case 'field':
      if (segment !== 'search') return '{fieldIdOrKey}';
      break;
    case 'space':
      if (PROJECT_KEY.test(segment) || NUMBER.test(segment)) return '{spaceKey}';
      break;
  }
  if (ISSUE_KEY.test(segment)) return '{issueIdOrKey}';
  if (NUMBER.test(segment) || UUID.test(segment)) return '{id}';
  return segment;
}

/** The path without its query string. */
export const pathOnly = (path: string): string => {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
};

export function pathTemplate(path: string): string {
  const segments = pathOnly(path).split('/');
  return segments.map((segment, i) => templateSegment(segment, i > 0 ? segments[i - 1] : undefined)).join('/');
}

/** `GET /rest/api/3/issue/{issueIdOrKey}`: the key counters use per route. */
export const routeKey = (method: string, path: string): string => `${method.toUpperCase()} ${pathTemplate(path)}`;
