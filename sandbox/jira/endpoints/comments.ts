import type { ProductAnswer } from '../../platform/product';
import { forbiddenUnless, intParam, issueNotFound, jiraError, missingBody, ok, visibleIssue } from '../answers';
import type { Call, JiraContext } from '../context';
import { commentJson } from '../issueJson';
import { isAdfDocument } from '../issueWrite';
import { isRecord, jiraTime, type StoredComment } from '../model';
import { actingAccountId } from '../permissions';

/**
 * Comments (ADF bodies). Adding one moves the issue's `updated`, but fires no issue event (Forge
 * relays comments as `avi:jira:commented:issue`, which this emulator does not send).
 */

export function getComments(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const startAt = intParam(call.query, 'startAt', 0);
  const maxResults = intParam(call.query, 'maxResults', 5000);
  if (!(startAt >= 0) || !(maxResults >= 0))
    return jiraError(400, ['startAt and maxResults must be non-negative integers.']);
  const all = ctx.store.comments(found.issue.id);
  if (call.query.get('orderBy') === '-created') all.reverse();
  return ok({
    startAt,
    maxResults,
    total: all.length,
    comments: all.slice(startAt, startAt + maxResults).map((comment) => commentJson(ctx, comment)),
  });
}

export function addComment(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  if (!isRecord(call.body)) return missingBody();
  const forbidden = forbiddenUnless(call.actor, found.project, 'ADD_COMMENTS');
  if (forbidden) return forbidden;
  if (call.body.body === undefined) return jiraError(400, [], { comment: 'Comment body can not be empty!' });
  if (!isAdfDocument(call.body.body)) {
    return jiraError(400, [], {
      comment:
        'Comment body is not valid! Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
  }
  const now = jiraTime(ctx.clock());
  const comment: StoredComment = {
    id: String(ctx.store.next('comment')),
    issueId: found.issue.id,
    author: actingAccountId(call.actor) ?? null,
    body: structuredClone(call.body.body),
    created: now,
    updated: now,
  };
  ctx.store.transaction(() => {
    ctx.store.saveComment(comment);
    ctx.store.saveIssue({ ...found.issue, updated: now });
  });
  return ok(commentJson(ctx, comment), 201);
}
