import type { JiraContext } from './context';
import type { StoredComment, StoredIssue, StoredLink } from './model';
import { issueTypeJson, projectRef, statusJson, userDetails } from './serialise';

/**
 * Issues as Jira answers them (`IssueBean`): which fields (`fields=`), which properties
 * (`properties=`), and the `names`/`schema` expansions. Field values follow Jira's REST v3 shapes.
 */

export interface FieldSelection {
  ids: string[];
  /** Search only: nothing but the id was asked for (its default), so each issue is `{ id }`. */
  idOnly: boolean;
}

/**
 * Reads a `fields` list: `*all`, `*navigable`, field ids, `-field` exclusions (on top of the
 * default when only exclusions are given). Unknown ids are ignored, as Jira does. `comment` is
 * returned only when named or with `*all`; `id` and `key` are always in the bean, not fields.
 */
export function selectFields(
  ctx: JiraContext,
  tokens: string[] | undefined,
  fallback: 'navigable' | 'none',
): FieldSelection {
  const all = ctx.fields.allFieldIds();
  const navigable = ctx.fields.navigableFieldIds();
  if (tokens === undefined || tokens.length === 0) {
    return fallback === 'none' ? { ids: [], idOnly: true } : { ids: navigable, idOnly: false };
  }
  const included = new Set<string>();
  const excluded = new Set<string>();
  let positive = false;
  for (const token of tokens) {
    if (token.startsWith('-')) {
      excluded.add(token.slice(1));
      continue;
    }
    positive = true;
    if (token === '*all') all.forEach((id) => included.add(id));
    else if (token === '*navigable') navigable.forEach((id) => included.add(id));
    else included.add(token);
  }
  if (!positive && fallback === 'navigable') navigable.forEach((id) => included.add(id));
  const ids = all.filter((id) => included.has(id) && !excluded.has(id));
  const idOnly =
    fallback === 'none' && ids.length === 0 && tokens.every((token) => token === 'id' || token.startsWith('-'));
  return { ids, idOnly };
}

/** Reads a `properties` list (`*all`, keys, `-key`); undefined when none were asked for. */
export function selectProperties(tokens: string[] | undefined): ((key: string) => boolean) | undefined {
  if (tokens === undefined || tokens.length === 0) return undefined;
  const all = tokens.includes('*all');
  const named = new Set(tokens.filter((token) => !token.startsWith('-') && token !== '*all'));
  const excluded = new Set(tokens.filter((token) => token.startsWith('-')).map((token) => token.slice(1)));
  return (key) => (all || named.has(key)) && !excluded.has(key);
}

export interface BeanOptions {
  fields: FieldSelection;
  properties?: (key: string) => boolean;
  expand?: ReadonlySet<string>;
}

export const issueSelf = (ctx: JiraContext, issue: { id: string }) => `${ctx.site}/rest/api/3/issue/${issue.id}`;

export function issueBean(ctx: JiraContext, issue: StoredIssue, options: BeanOptions): Record<string, unknown> {
  const { fields, properties, expand } = options;
  if (fields.idOnly && !properties && !expand?.size) return { id: issue.id };
  const bean: Record<string, unknown> = {
    expand: 'names,schema,transitions',
    id: issue.id,
    self: issueSelf(ctx, issue),
    key: issue.key,
    fields: issueFields(ctx, issue, fields.ids),
  };
  if (properties) {
    bean.properties = Object.fromEntries(Object.entries(issue.properties).filter(([key]) => properties(key)));
  }
  if (expand?.has('names')) {
    bean.names = Object.fromEntries(fields.ids.map((id) => [id, ctx.fields.name(id) ?? id]));
  }
  if (expand?.has('schema')) {
    bean.schema = Object.fromEntries(fields.ids.map((id) => [id, ctx.fields.schema(id)]));
  }
  return bean;
}

const RESOLUTION_DONE = (ctx: JiraContext) => ({
  self: `${ctx.site}/rest/api/3/resolution/10000`,
  id: '10000',
  description: 'Work has been completed on this issue.',
  name: 'Done',
});

export function issueFields(ctx: JiraContext, issue: StoredIssue, ids: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const id of ids) fields[id] = fieldValue(ctx, issue, id);
  return fields;
}

function fieldValue(ctx: JiraContext, issue: StoredIssue, id: string): unknown {
  switch (id) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description ?? null;
    case 'status': {
      const status = ctx.status(issue.statusId);
      return status ? statusJson(ctx, status) : null;
    }
    case 'issuetype': {
      const type = ctx.issueType(issue.issueTypeId);
      return type ? issueTypeJson(ctx, type) : null;
    }
    case 'project': {
      const project = ctx.project(issue.projectId);
      return project ? projectRef(ctx, project) : null;
    }
    case 'duedate':
      return issue.duedate;
    case 'assignee':
      return userDetails(ctx, issue.assignee);
    case 'reporter':
      return userDetails(ctx, issue.reporter);
    case 'labels':
      return [...issue.labels];
    case 'created':
      return issue.created;
    case 'updated':
      return issue.updated;
    case 'resolutiondate':
      return issue.resolutiondate;
    case 'resolution':
      return issue.resolutiondate ? RESOLUTION_DONE(ctx) : null;
    case 'issuelinks':
      return ctx.store.linksOf(issue.id).flatMap((link) => issueLinkFor(ctx, link, issue.id) ?? []);
    case 'comment': {
      const comments = ctx.store.comments(issue.id).map((comment) => commentJson(ctx, comment));
      return {
        comments,
        self: `${issueSelf(ctx, issue)}/comment`,
        maxResults: comments.length,
        total: comments.length,
        startAt: 0,
      };
    }
  }
  const field = ctx.fields.appField(id);
  const value = issue.customFields[id] ?? null;
  if (field?.type === 'user' && typeof value === 'string') return userDetails(ctx, value);
  return value;
}

/** `Comment`. */
export function commentJson(ctx: JiraContext, comment: StoredComment) {
  return {
    self: `${ctx.site}/rest/api/3/issue/${comment.issueId}/comment/${comment.id}`,
    id: comment.id,
    ...(comment.author ? { author: userDetails(ctx, comment.author) } : {}),
    body: comment.body,
    ...(comment.author ? { updateAuthor: userDetails(ctx, comment.author) } : {}),
    created: comment.created,
    updated: comment.updated,
    jsdPublic: true,
  };
}

/** `LinkedIssue`: the other end of a link, with the few fields Jira embeds. */
export function linkedIssueRef(ctx: JiraContext, issue: StoredIssue) {
  const status = ctx.status(issue.statusId);
  const type = ctx.issueType(issue.issueTypeId);
  return {
    id: issue.id,
    key: issue.key,
    self: issueSelf(ctx, issue),
    fields: {
      summary: issue.summary,
      ...(status ? { status: statusJson(ctx, status) } : {}),
      ...(type ? { issuetype: issueTypeJson(ctx, type) } : {}),
    },
  };
}

export function linkTypeJson(ctx: JiraContext, typeId: string) {
  const type = ctx.linkTypes.find((candidate) => candidate.id === typeId);
  return type && { ...type, self: `${ctx.site}/rest/api/3/issueLinkType/${type.id}` };
}

/**
 * A link as `fields.issuelinks` shows it on one of its issues: the other issue under the role it
 * plays in the link (`outwardIssue` on the inward issue, `inwardIssue` on the outward one).
 */
export function issueLinkFor(ctx: JiraContext, link: StoredLink, issueId: string): Record<string, unknown> | undefined {
  const otherIsOutward = link.inwardIssueId === issueId;
  const other = ctx.store.issue(otherIsOutward ? link.outwardIssueId : link.inwardIssueId);
  const type = linkTypeJson(ctx, link.typeId);
  if (!other || !type) return undefined;
  return {
    id: link.id,
    self: `${ctx.site}/rest/api/3/issueLink/${link.id}`,
    type,
    [otherIsOutward ? 'outwardIssue' : 'inwardIssue']: linkedIssueRef(ctx, other),
  };
}
