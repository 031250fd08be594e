import type { ProductAnswer } from '../../platform/product';
import { forbiddenUnless, issueNotFound, jiraError, noContent, ok, visibleIssue } from '../answers';
import type { Call, JiraContext } from '../context';
import { propertyProblem } from '../issueWrite';

/**
 * Issue entity properties. Setting or deleting one changes neither `updated` nor fires an issue
 * event (Jira reports property changes through their own webhooks, which Forge does not relay).
 */

const propertySelf = (ctx: JiraContext, issueId: string, key: string) =>
  `${ctx.site}/rest/api/3/issue/${issueId}/properties/${encodeURIComponent(key)}`;

const propertyNotFound = (key: string) => jiraError(404, [`The property with key '${key}' does not exist.`]);

export function getIssuePropertyKeys(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const keys = Object.keys(found.issue.properties).map((key) => ({
    self: propertySelf(ctx, found.issue.id, key),
    key,
  }));
  return ok({ keys });
}

export function getIssueProperty(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const key = call.params.propertyKey!;
  if (!(key in found.issue.properties)) return propertyNotFound(key);
  return ok({ key, value: found.issue.properties[key] });
}

export function setIssueProperty(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const forbidden = forbiddenUnless(call.actor, found.project, 'EDIT_ISSUES');
  if (forbidden) return forbidden;
  const key = call.params.propertyKey!;
  const problem = propertyProblem(key, call.body);
  if (problem) return jiraError(400, [problem]);
  const existed = key in found.issue.properties;
  ctx.store.saveIssue({ ...found.issue, properties: { ...found.issue.properties, [key]: structuredClone(call.body) } });
  return { status: existed ? 200 : 201, body: undefined };
}

export function deleteIssueProperty(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const forbidden = forbiddenUnless(call.actor, found.project, 'EDIT_ISSUES');
  if (forbidden) return forbidden;
  const key = call.params.propertyKey!;
  if (!(key in found.issue.properties)) return propertyNotFound(key);
  const { [key]: _removed, ...rest } = found.issue.properties;
  ctx.store.saveIssue({ ...found.issue, properties: rest });
  return noContent();
}
