import type { ProductAnswer } from '../../platform/product';
import { jiraError, missingBody, noContent, ok, visibleIssue } from '../answers';
import type { Call, JiraContext } from '../context';
import { linkedIssueRef, linkTypeJson } from '../issueJson';
import { isRecord, type StoredLink } from '../model';
import { can } from '../permissions';

/**
 * Issue links and link types (Jira's four defaults). A link is stored with the roles the request
 * gave its issues; `fields.issuelinks` of each issue shows the other one under its role. Links
 * fire no issue event (Forge has `avi:jira:created:issuelink` for that, not emulated).
 */

export function getIssueLinkTypes(ctx: JiraContext): ProductAnswer {
  return ok({ issueLinkTypes: ctx.linkTypes.map((type) => linkTypeJson(ctx, type.id)) });
}

const issueRef = (value: unknown): string | undefined => {
  if (!isRecord(value)) return undefined;
  const ref = value.key ?? value.id;
  return typeof ref === 'string' ? ref : undefined;
};

export function linkIssues(ctx: JiraContext, call: Call): ProductAnswer {
  if (!isRecord(call.body)) return missingBody();
  const { type, inwardIssue, outwardIssue } = call.body;
  const typeRef = isRecord(type) ? (type.id ?? type.name) : undefined;
  const linkType = ctx.linkTypes.find((candidate) => candidate.id === typeRef || candidate.name === typeRef);
  if (!linkType) return jiraError(404, [`No issue link type with name '${String(typeRef)}' found.`]);
  const inwardRef = issueRef(inwardIssue);
  const outwardRef = issueRef(outwardIssue);
  const inward = inwardRef === undefined ? undefined : visibleIssue(ctx, call.actor, inwardRef);
  const outward = outwardRef === undefined ? undefined : visibleIssue(ctx, call.actor, outwardRef);
  if (!inward || !outward) {
    return jiraError(404, [`Issue Does Not Exist: ${!inward ? String(inwardRef) : String(outwardRef)}`]);
  }
  // Jira answers 404 when the user may not link issues in the source (inward) project.
  if (!can(call.actor, inward.project, 'LINK_ISSUES')) {
    return jiraError(404, ['You do not have the permission to link issues.']);
  }
  if (call.body.comment !== undefined) {
    return jiraError(400, ['The local emulator does not add comments with issue links.']);
  }
  const duplicate = ctx.store
    .linksOf(inward.issue.id)
    .some(
      (link) =>
        link.typeId === linkType.id &&
        link.inwardIssueId === inward.issue.id &&
        link.outwardIssueId === outward.issue.id,
    );
  if (!duplicate) {
    const link: StoredLink = {
      id: String(ctx.store.next('link')),
      typeId: linkType.id,
      inwardIssueId: inward.issue.id,
      outwardIssueId: outward.issue.id,
    };
    ctx.store.saveLink(link);
  }
  return { status: 201, body: undefined };
}

/** The link if the actor may browse both of its issues. */
function visibleLink(ctx: JiraContext, call: Call) {
  const link = ctx.store.link(call.params.linkId!);
  if (!link) return undefined;
  const inward = visibleIssue(ctx, call.actor, link.inwardIssueId);
  const outward = visibleIssue(ctx, call.actor, link.outwardIssueId);
  return inward && outward ? { link, inward, outward } : undefined;
}

const linkNotFound = (id: string) => jiraError(404, [`No issue link with id '${id}' exists.`]);

export function getIssueLink(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleLink(ctx, call);
  if (!found) return linkNotFound(call.params.linkId!);
  return ok({
    id: found.link.id,
    self: `${ctx.site}/rest/api/3/issueLink/${found.link.id}`,
    type: linkTypeJson(ctx, found.link.typeId),
    inwardIssue: linkedIssueRef(ctx, found.inward.issue),
    outwardIssue: linkedIssueRef(ctx, found.outward.issue),
  });
}

export function deleteIssueLink(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleLink(ctx, call);
  if (!found) return linkNotFound(call.params.linkId!);
  if (!can(call.actor, found.inward.project, 'LINK_ISSUES')) {
    return jiraError(403, ['You do not have the permission to delete this issue link.']);
  }
  ctx.store.deleteLink(found.link);
  return noContent();
}
