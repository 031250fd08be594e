import { createOpenApiValidator } from '../../../sandbox/openapi';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { Bench } from '../benchTypes';

const issue = (i: number) => ({
  fields: {
    project: { key: 'NC' },
    issuetype: { name: 'Nonconformity' },
    summary: `Finding ${i}: access review overdue`,
    duedate: '2026-12-31',
    labels: ['bench'],
    description: {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Finding ${i}` }] }],
    },
  },
});

/** A fresh sandbox with one Jira project, limits out of the way, contract checks on (as in tests). */
function freshPlatform(): SandboxPlatform {
  const platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  platform.jira.configureProject({
    key: 'NC',
    name: 'Nonconformities',
    issueTypes: [{ name: 'Nonconformity' }],
    workflow: { statuses: [{ name: 'Open', category: 'new' }], initial: 'Open', transitions: [] },
  });
  return platform;
}

/** Requests per second of `work`, which returns how many requests it made. */
async function rate(work: () => Promise<number>): Promise<number> {
  const started = process.hrtime.bigint();
  const requests = await work();
  return Math.round(requests / (Number(process.hrtime.bigint() - started) / 1e9));
}

export const platformBench: Bench = {
  name: 'platform',
  description:
    'the emulated Jira as the app reaches it (limits, OpenAPI checks, SQLite): create, bulk create, paged search',
  async run(report) {
    const jira = (platform: SandboxPlatform, method: string, path: string, body?: unknown) =>
      platform.requestProduct('jira', method, path, body, undefined, 'app').then((answer) => {
        if (answer.status >= 300) throw new Error(`bench platform: ${method} ${path} answered ${answer.status}`);
        return answer.body as Record<string, unknown>;
      });

    let platform = freshPlatform();
    try {
      const creates = 500;
      const value = await rate(async () => {
        for (let i = 0; i < creates; i += 1) await jira(platform, 'POST', '/rest/api/3/issue', issue(i));
        return creates;
      });
      report({
        bench: 'platform',
        case: 'create',
        metric: 'requestsPerSecond',
        value,
        unit: 'requests/s',
        limit: null,
      });
    } finally {
      await platform.close();
    }

    platform = freshPlatform();
    try {
      const bulks = 100;
      const value = await rate(async () => {
        for (let b = 0; b < bulks; b += 1) {
          await jira(platform, 'POST', '/rest/api/3/issue/bulk', {
            issueUpdates: Array.from({ length: 50 }, (_, i) => issue(b * 50 + i)),
          });
        }
        return bulks;
      });
      report({
        bench: 'platform',
        case: 'bulk50',
        metric: 'requestsPerSecond',
        value,
        unit: 'requests/s',
        limit: null,
      });

      // 5,000 issues now exist: page through all of them, 100 at a time, as a reconciliation would.
      let seen = 0;
      const searchRate = await rate(async () => {
        let pages = 0;
        let token: string | undefined;
        do {
          const body = {
            jql: 'project = NC ORDER BY key ASC',
            maxResults: 100,
            fields: ['summary', 'status', 'duedate'],
            ...(token ? { nextPageToken: token } : {}),
          };
          const answer = (await jira(platform, 'POST', '/rest/api/3/search/jql', body)) as {
            issues: unknown[];
            nextPageToken?: string;
          };
          pages += 1;
          seen += answer.issues.length;
          token = answer.nextPageToken;
        } while (token);
        return pages;
      });
      if (seen !== 5000) throw new Error(`bench platform: the paged search saw ${seen} issues, not 5000`);
      report({
        bench: 'platform',
        case: 'search5000',
        metric: 'requestsPerSecond',
        value: searchRate,
        unit: 'requests/s',
        limit: null,
      });
      if (platform.violations.length > 0)
        throw new Error(`bench platform: ${platform.violations.length} OpenAPI violations`);
    } finally {
      await platform.close();
    }

    report({
      bench: 'platform',
      case: 'validate',
      metric: 'msPerExchange',
      value: warmValidationMs(),
      unit: 'ms',
      limit: 0.5,
    });
  },
};

/** One search exchange (request and answer) checked against Atlassian's documents, once warm. */
function warmValidationMs(): number {
  const validator = createOpenApiValidator();
  if (!validator) throw new Error("bench platform: Atlassian's OpenAPI documents are not beside the project");
  const search = {
    product: 'jira' as const,
    provider: 'app' as const,
    accountId: undefined,
    method: 'GET',
    path: '/rest/api/3/search/jql?jql=project%20%3D%20NC&fields=summary',
    body: undefined,
  };
  const answer = {
    status: 200,
    body: { issues: [{ id: '1', key: 'NC-1', fields: { description: issue(1).fields.description } }], isLast: true },
  };
  validator.validateRequest(search);
  validator.validateResponse(search, answer);
  const rounds = 2000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) {
    validator.validateRequest(search);
    validator.validateResponse(search, answer);
  }
  return Math.round((Number(process.hrtime.bigint() - started) / 1e6 / rounds) * 1000) / 1000;
}
