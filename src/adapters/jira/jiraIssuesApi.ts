import type { JiraAccess, JiraIssues } from '../../ports/jira';
import type { JiraRequest } from './jiraUserDirectory';

// Scaffolding: the REST v3 adapter behind the JiraIssues port, filled in by the issue-7 work.
const notBuilt = (): never => {
  throw new Error('JiraIssuesApi: not built yet');
};

export class JiraIssuesApi implements JiraIssues {
  constructor(readonly request: JiraRequest) {}
  createIssues = notBuilt;
  searchIds = notBuilt;
  searchIssues = notBuilt;
  fetchIssues = notBuilt;
  getIssue = notBuilt;
  updateIssue = notBuilt;
  setAppFieldValue = notBuilt;
  setProperty = notBuilt;
  transitions = notBuilt;
  transition = notBuilt;
  addComment = notBuilt;
  linkIssues = notBuilt;
  project = notBuilt;
}

export function jiraAccess(asApp: JiraRequest, asUser: (accountId: string) => JiraRequest): JiraAccess {
  return {
    asApp: () => new JiraIssuesApi(asApp),
    asUser: (accountId) => new JiraIssuesApi(asUser(accountId)),
    permissionsOn: async () => notBuilt(),
  };
}
