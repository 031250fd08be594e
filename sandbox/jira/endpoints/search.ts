import type { ProductAnswer } from '../../platform/product';
import { intParam, jiraError, listParam, ok } from '../answers';
import type { Call, JiraContext } from '../context';
import { issueBean, selectFields, selectProperties } from '../issueJson';
import { compileJql, JqlError, type JqlIssue } from '../jql';
import { isRecord, type StoredIssue } from '../model';
import { can } from '../permissions';
import { SearchSnapshots } from '../searchSnapshots';

/**
 * `GET|POST /rest/api/3/search/jql`: JQL (the subset in ./jql) over the issues the caller may
 * browse, paged with an opaque `nextPageToken` (see searchSnapshots.ts). Like Jira: the default
 * fields are just `id`; a page holds at most 5000 issues when only ids/keys are asked for and 100
 * otherwise; an unbounded query (empty, or only ORDER BY) is refused; the last page has no token
 * and no answer carries a total. The old `/search` endpoints answer 410 Gone.
 */

const MAX_ID_PAGE = 5000;
const MAX_FIELD_PAGE = 100;

interface SearchInput {
  jql: string;
  nextPageToken?: string;
  maxResults: number;
  fields?: string[];
  properties?: string[];
  expand: Set<string>;
}

function inputFromQuery(call: Call): SearchInput {
  return {
    jql: call.query.get('jql') ?? '',
    nextPageToken: call.query.get('nextPageToken') ?? undefined,
    maxResults: intParam(call.query, 'maxResults', 50),
    fields: listParam(call.query, 'fields'),
    properties: listParam(call.query, 'properties'),
    expand: new Set(listParam(call.query, 'expand') ?? []),
  };
}

function inputFromBody(body: unknown): SearchInput {
  const record = isRecord(body) ? body : {};
  const strings = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(','))
      : undefined;
  return {
    jql: typeof record.jql === 'string' ? record.jql : '',
    nextPageToken: typeof record.nextPageToken === 'string' ? record.nextPageToken : undefined,
    maxResults: typeof record.maxResults === 'number' ? record.maxResults : 50,
    fields: strings(record.fields),
    properties: strings(record.properties),
    expand: new Set(typeof record.expand === 'string' ? record.expand.split(',').map((e) => e.trim()) : []),
  };
}

function jqlView(ctx: JiraContext, issue: StoredIssue): JqlIssue {
  return ctx.searches.jqlView(issue, (stored) => {
    const project = ctx.project(stored.projectId)!;
    const type = ctx.issueType(stored.issueTypeId);
    const status = ctx.status(stored.statusId)!;
    return {
      id: stored.id,
      key: stored.key,
      project: { id: project.id, key: project.key, name: project.name },
      issuetype: { id: stored.issueTypeId, name: type?.name ?? '' },
      status: { id: status.id, name: status.name, categoryKey: status.category },
      summary: stored.summary,
      labels: [...stored.labels],
      assignee: stored.assignee,
      reporter: stored.reporter,
      duedate: stored.duedate,
      created: stored.created,
      updated: stored.updated,
      resolutiondate: stored.resolutiondate,
      customFields: stored.customFields,
      properties: stored.properties,
    };
  });
}

const UNBOUNDED = /^\s*(order\s+by\b[\s\S]*)?$/i;

function search(ctx: JiraContext, call: Call, input: SearchInput): ProductAnswer {
  if (UNBOUNDED.test(input.jql)) {
    return jiraError(400, [
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
  }
  if (!Number.isInteger(input.maxResults) || input.maxResults < 0) {
    return jiraError(400, ['maxResults must be a non-negative integer.']);
  }
  let compiled;
  try {
    const currentAccountId = call.actor.kind === 'anonymous' ? null : call.actor.accountId;
    compiled = compileJql(input.jql, ctx.fields.jqlSchema(), {
      currentAccountId,
      now: ctx.clock(),
      timeZone: ctx.timeZone,
    });
  } catch (error) {
    if (error instanceof JqlError) return jiraError(400, [error.message]);
    throw error;
  }
  const fingerprint = SearchSnapshots.fingerprint(
    input.jql,
    call.actor.kind === 'anonymous' ? '' : call.actor.accountId,
  );

  let offset = 0;
  let snapshotId: string | undefined;
  let ids: string[] | undefined;
  if (input.nextPageToken !== undefined) {
    const token = SearchSnapshots.readToken(input.nextPageToken);
    if (!token || token.fingerprint !== fingerprint) {
      return jiraError(400, ['The nextPageToken is invalid or belongs to a different query.']);
    }
    offset = token.offset;
    snapshotId = token.snapshotId;
    ids = ctx.searches.ids(token.snapshotId, fingerprint);
  }
  if (!ids) {
    const browsable = new Set(
      ctx
        .projects()
        .filter((p) => can(call.actor, p, 'BROWSE_PROJECTS'))
        .map((p) => p.id),
    );
    const matches: JqlIssue[] = [];
    for (const issue of ctx.store.allIssues()) {
      if (!browsable.has(issue.projectId)) continue;
      const view = jqlView(ctx, issue);
      if (compiled.matches(view)) matches.push(view);
    }
    matches.sort(compiled.compare);
    ids = matches.map((view) => view.id);
    snapshotId = ctx.searches.keep(ids, fingerprint);
  }

  const fields = selectFields(ctx, input.fields, 'none');
  const properties = selectProperties(input.properties);
  const idsOnly = fields.ids.length === 0 && !properties;
  const pageSize = Math.max(1, Math.min(input.maxResults, idsOnly ? MAX_ID_PAGE : MAX_FIELD_PAGE));
  const page = ids
    .slice(offset, offset + pageSize)
    .map((id) => ctx.store.issue(id))
    .filter((issue): issue is StoredIssue => issue !== undefined);
  const isLast = offset + pageSize >= ids.length;
  const answer: Record<string, unknown> = {
    issues: page.map((issue) => issueBean(ctx, issue, { fields, properties })),
  };
  if (input.expand.has('names')) {
    answer.names = Object.fromEntries(fields.ids.map((id) => [id, ctx.fields.name(id) ?? id]));
  }
  if (input.expand.has('schema')) {
    answer.schema = Object.fromEntries(fields.ids.map((id) => [id, ctx.fields.schema(id)]));
  }
  if (!isLast) answer.nextPageToken = SearchSnapshots.token(snapshotId!, offset + pageSize, fingerprint);
  answer.isLast = isLast;
  return ok(answer);
}

export const searchGet = (ctx: JiraContext, call: Call) => search(ctx, call, inputFromQuery(call));
export const searchPost = (ctx: JiraContext, call: Call) => search(ctx, call, inputFromBody(call.body));

/** The retired `/rest/api/3/search` (GET and POST), as Jira Cloud answers it now. */
export function searchRemoved(): ProductAnswer {
  return jiraError(410, [
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  ]);
}
