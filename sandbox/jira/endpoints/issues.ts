import type { ProductAnswer } from '../../platform/product';
import {
  boolParam,
  forbiddenUnless,
  issueNotFound,
  ISSUE_NOT_FOUND,
  jiraError,
  listParam,
  missingBody,
  noContent,
  ok,
  visibleIssue,
} from '../answers';
import type { Call, JiraContext } from '../context';
import { changelogItems, emitIssueEvent, eventFields } from '../events';
import { issueBean, selectFields, selectProperties, issueSelf, type BeanOptions } from '../issueJson';
import { applyFieldInput, draftOf, readPropertyInput, type Draft } from '../issueWrite';
import { isRecord, jiraTime, type ProjectRecord, type StoredIssue } from '../model';
import { actingAccountId, can, type Actor } from '../permissions';
import { availableTransitions, transitionJson } from './workflow';

/** Issues: create (single and bulk), get, edit, delete and bulk fetch. */

const MAX_BULK_CREATE = 50;
const MAX_BULK_FETCH = 100;

type Prepared =
  | { ok: true; project: ProjectRecord; draft: Draft; properties: Array<{ key: string; value: unknown }> }
  | { ok: false; status: number; errorMessages: string[]; errors: Record<string, string> };

/** Reads and checks one create body without storing anything. */
function prepareCreate(ctx: JiraContext, actor: Actor, body: unknown): Prepared {
  const refuse = (status: number, errorMessages: string[], errors: Record<string, string> = {}): Prepared => ({
    ok: false,
    status,
    errorMessages,
    errors,
  });
  if (!isRecord(body)) return refuse(400, ['No content to map to Object due to end of input']);
  const fields = isRecord(body.fields) ? body.fields : {};
  const projectRef = isRecord(fields.project) ? (fields.project.id ?? fields.project.key) : undefined;
  const project = typeof projectRef === 'string' ? ctx.project(projectRef) : undefined;
  if (!project || !can(actor, project, 'BROWSE_PROJECTS')) {
    return refuse(400, [], { project: 'Specify a valid project ID or key' });
  }
  if (!can(actor, project, 'CREATE_ISSUES')) {
    return refuse(403, ['You do not have permission to create issues in this project.']);
  }
  const draft: Draft = {
    issueTypeId: '',
    summary: '',
    description: null,
    duedate: null,
    assignee: null,
    reporter: actingAccountId(actor) ?? null,
    labels: [],
    customFields: {},
  };
  const errors = applyFieldInput(ctx, project, draft, body, 'create');
  if (fields.issuetype === undefined) errors.issuetype = 'Specify an issue type';
  if (draft.summary === '' && !errors.summary) errors.summary = 'You must specify a summary of the issue.';
  if (body.transition !== undefined) errors.transition = 'The local emulator does not apply a transition on create.';
  const properties = readPropertyInput(body.properties);
  if (!properties.ok) return refuse(400, [properties.message], errors);
  if (Object.keys(errors).length > 0) return refuse(400, [], errors);
  return { ok: true, project, draft, properties: properties.properties };
}

function store(ctx: JiraContext, prepared: Extract<Prepared, { ok: true }>): StoredIssue {
  const { project, draft } = prepared;
  const now = jiraTime(ctx.clock());
  const number = ctx.store.next(`issue-number:${project.id}`);
  const initial = ctx.status(project.initialStatusId)!;
  const issue: StoredIssue = {
    id: String(ctx.store.next('issue')),
    key: `${project.key}-${number}`,
    projectId: project.id,
    statusId: initial.id,
    ...draft,
    created: now,
    updated: now,
    resolutiondate: initial.category === 'done' ? now : null,
    properties: Object.fromEntries(prepared.properties.map((p) => [p.key, p.value])),
  };
  ctx.store.saveIssue(issue);
  return issue;
}

const createdIssue = (ctx: JiraContext, issue: StoredIssue) => ({
  id: issue.id,
  key: issue.key,
  self: issueSelf(ctx, issue),
});

export function createIssue(ctx: JiraContext, call: Call): ProductAnswer {
  const prepared = prepareCreate(ctx, call.actor, call.body);
  if (!prepared.ok) return jiraError(prepared.status, prepared.errorMessages, prepared.errors);
  const issue = store(ctx, prepared);
  emitIssueEvent(ctx, 'avi:jira:created:issue', issue, call.actor);
  return ok(createdIssue(ctx, issue), 201);
}

export function createIssues(ctx: JiraContext, call: Call): ProductAnswer {
  const updates = isRecord(call.body) ? call.body.issueUpdates : undefined;
  const refuseAll = (message: string) =>
    ok({ issues: [], errors: [{ status: 400, elementErrors: { errorMessages: [message], errors: {} } }] }, 400);
  if (!Array.isArray(updates) || updates.length === 0) return refuseAll('issueUpdates must list at least one issue.');
  if (updates.length > MAX_BULK_CREATE) {
    return refuseAll(`You can create at most ${MAX_BULK_CREATE} issues in one request; ${updates.length} were sent.`);
  }
  const prepared = updates.map((body) => prepareCreate(ctx, call.actor, body));
  const created = ctx.store.transaction(() => prepared.map((item) => (item.ok ? store(ctx, item) : undefined)));
  for (const issue of created) if (issue) emitIssueEvent(ctx, 'avi:jira:created:issue', issue, call.actor);
  const errors = prepared.flatMap((item, failedElementNumber) =>
    item.ok
      ? []
      : [
          {
            status: item.status,
            elementErrors: { errorMessages: item.errorMessages, errors: item.errors },
            failedElementNumber,
          },
        ],
  );
  const issues = created.filter((issue): issue is StoredIssue => issue !== undefined).map((i) => createdIssue(ctx, i));
  return ok({ issues, errors }, issues.length > 0 ? 201 : 400);
}

const expandSet = (values: string[] | undefined) => new Set(values ?? []);

export async function getIssue(ctx: JiraContext, call: Call): Promise<ProductAnswer> {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const expand = expandSet(listParam(call.query, 'expand'));
  const options: BeanOptions = {
    fields: selectFields(ctx, listParam(call.query, 'fields'), 'navigable'),
    properties: selectProperties(listParam(call.query, 'properties')),
    expand,
  };
  const bean = issueBean(ctx, found.issue, options);
  if (expand.has('transitions')) {
    const transitions = await availableTransitions(ctx, call.actor, found.issue, found.project);
    bean.transitions = transitions.map((transition) => transitionJson(ctx, transition, false));
  }
  return ok(bean);
}

export function editIssue(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  if (!isRecord(call.body)) return missingBody();
  const forbidden = forbiddenUnless(call.actor, found.project, 'EDIT_ISSUES');
  if (forbidden) return forbidden;
  const { issue, project } = found;
  const draft = draftOf(issue);
  // A `transition` in an edit body is ignored, as the document says.
  const errors = applyFieldInput(ctx, project, draft, call.body, 'edit');
  const properties = readPropertyInput(call.body.properties);
  if (!properties.ok) return jiraError(400, [properties.message], errors);
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);

  const edited: StoredIssue = {
    ...issue,
    ...draft,
    properties: { ...issue.properties, ...Object.fromEntries(properties.properties.map((p) => [p.key, p.value])) },
  };
  const changes = changelogItems(ctx, issue, edited);
  const after = changes.length > 0 ? { ...edited, updated: jiraTime(ctx.clock()) } : edited;
  ctx.store.saveIssue(after);
  if (changes.length > 0) emitIssueEvent(ctx, 'avi:jira:updated:issue', after, call.actor, changes);
  if (boolParam(call.query, 'returnIssue', false)) {
    const fields = selectFields(ctx, undefined, 'navigable');
    return ok(issueBean(ctx, after, { fields, expand: expandSet(listParam(call.query, 'expand')) }));
  }
  return noContent();
}

export function deleteIssue(ctx: JiraContext, call: Call): ProductAnswer {
  const found = visibleIssue(ctx, call.actor, call.params.issueIdOrKey!);
  if (!found) return issueNotFound();
  const forbidden = forbiddenUnless(call.actor, found.project, 'DELETE_ISSUES');
  if (forbidden) return forbidden;
  const fields = eventFields(ctx, found.issue);
  ctx.store.deleteIssue(found.issue);
  emitIssueEvent(ctx, 'avi:jira:deleted:issue', found.issue, call.actor, undefined, fields);
  return noContent();
}

export function bulkFetchIssues(ctx: JiraContext, call: Call): ProductAnswer {
  const body = isRecord(call.body) ? call.body : {};
  const wanted = Array.isArray(body.issueIdsOrKeys) ? body.issueIdsOrKeys.filter((v) => typeof v === 'string') : [];
  if (wanted.length === 0) return jiraError(400, ['At least one issue ID or key must be provided.']);
  if (wanted.length > MAX_BULK_FETCH) {
    return jiraError(400, [
      `A maximum of ${MAX_BULK_FETCH} issues can be fetched at once; ${wanted.length} were requested.`,
    ]);
  }
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
  const options: BeanOptions = {
    fields: selectFields(ctx, strings(body.fields), 'navigable'),
    properties: selectProperties(strings(body.properties)),
    expand: expandSet(strings(body.expand)),
  };
  const found = new Map<string, StoredIssue>();
  const issueErrors: Array<{ id: string; errorMessage: string }> = [];
  for (const idOrKey of wanted) {
    const visible = visibleIssue(ctx, call.actor, idOrKey);
    if (visible) found.set(visible.issue.id, visible.issue);
    else issueErrors.push({ id: idOrKey, errorMessage: ISSUE_NOT_FOUND });
  }
  const issues = [...found.values()]
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((issue) => issueBean(ctx, issue, options));
  return ok({ issues, issueErrors });
}
