import type { JiraIssues, JiraIssueSnapshot } from '../../../ports/jira';

const FETCH_CHUNK = 100;

/** Counts the Jira calls of one run (the log line and the bench read it). */
export function counted(jira: JiraIssues): { jira: JiraIssues; calls: () => number } {
  let calls = 0;
  // A proxy, not a spread: the adapter's methods live on its prototype.
  const wrapped = new Proxy(jira, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { jira: wrapped, calls: () => calls };
}

/** Every id a JQL search finds, page by page (ids only: 5,000 a page). */
export async function allIds(jira: JiraIssues, jql: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await jira.searchIds(jql, token);
    ids.push(...page.ids);
    token = page.nextPageToken ?? undefined;
  } while (token);
  return ids;
}

/** The issues by id, fetched in bulk (100 a call); an id Jira does not return is left out. */
export async function fetchAll(jira: JiraIssues, ids: string[]): Promise<Map<string, JiraIssueSnapshot>> {
  const found = new Map<string, JiraIssueSnapshot>();
  for (let start = 0; start < ids.length; start += FETCH_CHUNK) {
    for (const issue of await jira.fetchIssues(ids.slice(start, start + FETCH_CHUNK))) found.set(issue.id, issue);
  }
  return found;
}
