import type { ProductAnswer } from '../../platform/product';
import { intParam, jiraError, listParam, ok } from '../answers';
import type { Call, JiraContext } from '../context';
import type { IssueTypeRecord, ProjectRecord } from '../model';
import { can } from '../permissions';
import { issueTypeJson, projectJson } from '../serialise';

/** Projects, issue types and fields, as far as the caller may browse them. */

const browsable = (ctx: JiraContext, call: Call): ProjectRecord[] =>
  ctx.projects().filter((project) => can(call.actor, project, 'BROWSE_PROJECTS'));

export function searchProjects(ctx: JiraContext, call: Call): ProductAnswer {
  const startAt = intParam(call.query, 'startAt', 0);
  const maxResults = intParam(call.query, 'maxResults', 50);
  if (!(startAt >= 0) || !(maxResults >= 0))
    return jiraError(400, ['startAt and maxResults must be non-negative integers.']);
  const keys = listParam(call.query, 'keys');
  const ids = listParam(call.query, 'id');
  const query = call.query.get('query')?.toLowerCase();
  const withIssueTypes = (listParam(call.query, 'expand') ?? []).includes('issueTypes');
  const matching = browsable(ctx, call).filter(
    (project) =>
      (!keys || keys.includes(project.key)) &&
      (!ids || ids.includes(project.id)) &&
      (!query || project.key.toLowerCase().includes(query) || project.name.toLowerCase().includes(query)),
  );
  const values = matching.slice(startAt, startAt + maxResults).map((p) => projectJson(ctx, p, withIssueTypes));
  const isLast = startAt + maxResults >= matching.length;
  const next = new URLSearchParams(call.query);
  next.set('startAt', String(startAt + maxResults));
  return ok({
    self: `${ctx.site}/rest/api/3/project/search?${call.query.toString()}`,
    ...(isLast ? {} : { nextPage: `${ctx.site}/rest/api/3/project/search?${next.toString()}` }),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values,
  });
}

export function getProject(ctx: JiraContext, call: Call): ProductAnswer {
  const ref = call.params.projectIdOrKey!;
  const project = ctx.project(ref);
  if (!project || !can(call.actor, project, 'BROWSE_PROJECTS')) {
    return jiraError(404, [`No project could be found with key '${ref}'.`]);
  }
  return ok(projectJson(ctx, project, true));
}

function typesOf(ctx: JiraContext, projects: ProjectRecord[]): IssueTypeRecord[] {
  const ids = [...new Set(projects.flatMap((project) => project.issueTypeIds))];
  return ids
    .sort((a, b) => Number(a) - Number(b))
    .map((id) => ctx.issueType(id))
    .filter((type): type is IssueTypeRecord => type !== undefined);
}

export function getIssueAllTypes(ctx: JiraContext, call: Call): ProductAnswer {
  return ok(typesOf(ctx, browsable(ctx, call)).map((type) => issueTypeJson(ctx, type)));
}

export function getIssueTypesForProject(ctx: JiraContext, call: Call): ProductAnswer {
  const projectId = call.query.get('projectId');
  if (!projectId || !/^\d+$/.test(projectId))
    return jiraError(400, ["The query parameter 'projectId' must be a project id."]);
  const project = ctx.projects().find((candidate) => candidate.id === projectId);
  if (!project || !can(call.actor, project, 'BROWSE_PROJECTS')) {
    return jiraError(404, [`No project could be found with id '${projectId}'.`]);
  }
  return ok(typesOf(ctx, [project]).map((type) => issueTypeJson(ctx, type)));
}

export function getFields(ctx: JiraContext): ProductAnswer {
  return ok(ctx.fields.fieldDetails());
}
