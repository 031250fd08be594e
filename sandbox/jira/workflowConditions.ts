import { evaluateCondition, type ExpressionIssue } from './expressions';
import type { ProductHandler } from '../platform/product';

type IssueJson = {
  id: string;
  key: string;
  fields: Record<string, any>;
  properties?: Record<string, unknown>;
};

/** The Jira expression `issue` object, built from the issue as Jira's REST API shows it. */
export function expressionIssue(issue: IssueJson): ExpressionIssue {
  const f = issue.fields;
  const person = (p: any) =>
    p ? { accountId: String(p.accountId), displayName: String(p.displayName ?? p.accountId) } : null;
  return {
    id: Number(issue.id),
    key: issue.key,
    summary: String(f.summary ?? ''),
    status: {
      id: Number(f.status?.id ?? 0),
      name: String(f.status?.name ?? ''),
      category: { key: f.status?.statusCategory?.key ?? 'new', name: String(f.status?.statusCategory?.name ?? '') },
    },
    issueType: { id: Number(f.issuetype?.id ?? 0), name: String(f.issuetype?.name ?? '') },
    project: { id: Number(f.project?.id ?? 0), key: String(f.project?.key ?? ''), name: String(f.project?.name ?? '') },
    assignee: person(f.assignee),
    reporter: person(f.reporter),
    labels: Array.isArray(f.labels) ? f.labels.map(String) : [],
    dueDate: typeof f.duedate === 'string' ? f.duedate : null,
    properties: issue.properties ?? {},
    customFields: Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith('customfield_'))),
  };
}

/**
 * A `jira:workflowCondition` as Jira evaluates it: the module's Jira expression, with the issue and
 * the user looking at the transition. Jira reads the issue itself (not an app call), so it goes
 * straight to the emulator, uncounted. An expression the sandbox cannot evaluate throws, so the
 * gap shows instead of a guessed answer.
 */
export async function evaluateWorkflowCondition(
  jira: ProductHandler,
  expression: string,
  issueKey: string,
  user: { accountId: string; displayName: string } | null,
  now: Date,
): Promise<boolean> {
  const answer = await jira({
    product: 'jira',
    provider: 'app',
    accountId: undefined,
    method: 'GET',
    path: `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=*all&properties=*all`,
    body: undefined,
  });
  if (answer.status !== 200) throw new Error(`workflow condition: issue ${issueKey} answered ${answer.status}`);
  return evaluateCondition(expression, { issue: expressionIssue(answer.body as IssueJson), user, now });
}
