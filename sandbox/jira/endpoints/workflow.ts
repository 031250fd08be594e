import { forbiddenUnless, issueNotFound, jiraError, missingBody, noContent, ok, visibleIssue } from '../answers';
import type { Call, JiraContext } from '../context';
import { changelogItems, emitIssueEvent } from '../events';
import { applyFieldInput, draftOf } from '../issueWrite';
import { isRecord, jiraTime, type ProjectRecord, type StoredIssue, type TransitionRecord } from '../model';
import { can, type Actor } from '../permissions';
import { allStatusCategoryKeys, statusCategoryJson, statusJson } from '../serialise';

/**
 * Workflows: the transitions an issue offers (from its status, passing the app's
 * `jira:workflowCondition`s), performing one (each `jira:workflowValidator` called as Forge calls
 * it; the first failure blocks it and nothing changes), and the status catalogue.
 */

/** Global transitions (from any status) are not offered from their own target status. */
const leavesFrom = (transition: TransitionRecord, statusId: string) =>
  transition.from.length === 0 ? transition.to !== statusId : transition.from.includes(statusId);

async function conditionsPass(
  ctx: JiraContext,
  actor: Actor,
  transition: TransitionRecord,
  issue: StoredIssue,
): Promise<boolean> {
  const accountId = actor.kind === 'anonymous' ? null : actor.accountId;
  for (const condition of transition.conditions) {
    // Without the app's rules to ask, a conditional transition is hidden (fail closed).
    if (!ctx.workflowRules || !(await ctx.workflowRules.condition(condition.moduleKey, issue.key, accountId)))
      return false;
  }
  return true;
}

export async function availableTransitions(
  ctx: JiraContext,
  actor: Actor,
  issue: StoredIssue,
  project: ProjectRecord,
): Promise<TransitionRecord[]> {
  if (!can(actor, project, 'TRANSITION_ISSUES')) return [];
  const available: TransitionRecord[] = [];
  for (const transition of project.transitions) {
    if (leavesFrom(transition, issue.statusId) && (await conditionsPass(ctx, actor, transition, issue))) {
      available.push(transition);
    }
  }
  return available;
}

export function transitionJson(ctx: JiraContext, transition: TransitionRecord, withFields: boolean) {
  const to = ctx.status(transition.to)!;
  return {
    id: transition.id,
    name: transition.name,
    to: statusJson(ctx, to),
    hasScreen: false,
    isGlobal: transition.from.length === 0,
    isInitial: false,
    isAvailable: true,
    isConditional: transition.conditions.length > 0,
    looped: false,
    ...(withFields ? { fields: {} } : {}),
  };
}

export async function getTransitions(ctx: JiraContext, call: Call) {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const wanted = call.query.get('transitionId');
  const transitions = (await availableTransitions(ctx, call.actor, found.issue, found.project)).filter(
    (transition) => wanted === null || transition.id === wanted,
  );
  const withFields = (call.query.get('expand') ?? '').split(',').includes('transitions.fields');
  return ok({ transitions: transitions.map((transition) => transitionJson(ctx, transition, withFields)) });
}

async function firstValidatorFailure(
  ctx: JiraContext,
  transition: TransitionRecord,
  issue: StoredIssue,
  modifiedFields: Record<string, unknown>,
): Promise<string | undefined> {
  for (const validator of transition.validators) {
    if (!ctx.workflowRules) return `The workflow validator '${validator.moduleKey}' is not available.`;
    let outcome: { result: boolean; errorMessage?: string };
    try {
      outcome = await ctx.workflowRules.validate(validator.moduleKey, {
        issue: { key: issue.key },
        configuration: validator.configuration,
        transition: { from: { id: issue.statusId }, to: { id: transition.to }, modifiedFields },
      });
    } catch (error) {
      return `The workflow validator '${validator.moduleKey}' failed: ${(error as Error).message}`;
    }
    if (!outcome.result) return outcome.errorMessage ?? `The transition was rejected by '${validator.moduleKey}'.`;
  }
  return undefined;
}

export async function doTransition(ctx: JiraContext, call: Call) {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  if (!isRecord(call.body)) return missingBody();
  const wantedId = isRecord(call.body.transition) ? call.body.transition.id : undefined;
  if (typeof wantedId !== 'string' || wantedId === '') return jiraError(400, ["Missing 'transition' identifier"]);
  const forbidden = forbiddenUnless(call.actor, found.project, 'TRANSITION_ISSUES');
  if (forbidden) return forbidden;

  const { issue, project } = found;
  const transition = (await availableTransitions(ctx, call.actor, issue, project)).find((t) => t.id === wantedId);
  if (!transition) return jiraError(400, [`Transition id '${wantedId}' is not valid for this issue.`]);

  const draft = draftOf(issue);
  const errors = applyFieldInput(ctx, project, draft, call.body, 'edit');
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);

  const modifiedFields = isRecord(call.body.fields) ? structuredClone(call.body.fields) : {};
  const failure = await firstValidatorFailure(ctx, transition, issue, modifiedFields);
  if (failure) return jiraError(400, [failure]);

  // The validators ran asynchronously: refuse if the issue moved meanwhile.
  const current = ctx.store.issue(issue.id);
  if (!current) return issueNotFound();
  if (current.statusId !== issue.statusId || current.updated !== issue.updated) {
    return jiraError(409, ['The issue was changed while the transition was being validated.']);
  }

  const now = jiraTime(ctx.clock());
  const done = ctx.status(transition.to)!.category === 'done';
  const after: StoredIssue = {
    ...current,
    ...draft,
    statusId: transition.to,
    resolutiondate: done ? (issue.resolutiondate ?? now) : null,
    updated: now,
  };
  ctx.store.saveIssue(after);
  emitIssueEvent(ctx, 'avi:jira:updated:issue', after, call.actor, changelogItems(ctx, current, after));
  return noContent();
}

export function getStatuses(ctx: JiraContext) {
  return ok(ctx.statuses().map((status) => statusJson(ctx, status)));
}

export function getStatusCategories(ctx: JiraContext) {
  return ok(allStatusCategoryKeys.map((key) => statusCategoryJson(ctx, key)));
}
