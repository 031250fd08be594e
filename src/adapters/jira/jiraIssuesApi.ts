import { route } from '@forge/api';
import { z } from 'zod';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import {
  auditPropertyKey,
  type AdfDocument,
  type AppFieldKey,
  type BulkCreateOutcome,
  type IssueChange,
  type IssuePermissions,
  type JiraAccess,
  type JiraIssues,
  type JiraIssueSnapshot,
  type JiraProjectShape,
  type JiraTransition,
  type NewJiraIssue,
} from '../../ports/jira';
import { browseUrlFrom, IssueBean, jiraMessage, messageOf, statusCategory, toSnapshot } from './jiraIssueJson';
import { productFailure, type ProductResponse } from './productResponse';

/** A Jira request with a method and body, made as the app or as a given user (adapters/forge). */
export type JiraRequestWithInit = (
  path: ReturnType<typeof route>,
  init?: { method: string; body?: string; headers?: Record<string, string> },
) => Promise<ProductResponse>;

// The method stays written next to each route: test/contract/manifest.test.ts derives the scopes
// from both.
const jsonBody = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
});

/** The fields the app reads back from an issue (search pages, bulk fetch, get). */
const snapshotFields = ['summary', 'status', 'duedate', 'assignee', 'updated', 'project'];

const SearchPage = z.object({ issues: z.array(IssueBean), nextPageToken: z.string().optional() });
const SearchIdsPage = z.object({ issues: z.array(z.object({ id: z.string() })), nextPageToken: z.string().optional() });
const BulkCreated = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), self: z.string().optional() })).default([]),
  errors: z
    .array(
      z.object({
        status: z.number().optional(),
        failedElementNumber: z.number().optional(),
        elementErrors: z
          .object({
            errorMessages: z.array(z.string()).optional(),
            errors: z.record(z.string(), z.string()).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});
const FieldList = z.array(z.object({ id: z.string(), key: z.string().optional(), custom: z.boolean().optional() }));
const Transitions = z.object({
  transitions: z.array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string() }) })),
});
const ProjectJson = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  issueTypes: z.array(z.object({ name: z.string() })).optional(),
});
const IssueTypes = z.array(z.object({ name: z.string() }));
const Statuses = z.array(
  z.object({
    id: z.string().optional(),
    name: z.string(),
    statusCategory: z.object({ key: z.string() }).optional(),
    scope: z.object({ project: z.object({ id: z.string() }).optional() }).optional(),
  }),
);
const MyPermissions = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/**
 * The app's field ids (`customfield_…`) by manifest key, resolved from `GET /field` once per
 * function instance: Forge names an app field `<appId>__<environment>__<moduleKey>`, and the id
 * never changes once Jira assigned it. A failed lookup is not kept, so the next call asks again.
 */
let appFieldIds: Promise<Map<AppFieldKey, string>> | null = null;

async function resolveAppFieldIds(request: JiraRequestWithInit): Promise<Map<AppFieldKey, string>> {
  const response = await request(route`/rest/api/3/field`);
  if (!response.ok) throw await productFailure(response, "Reading Jira's fields");
  const fields = FieldList.parse(await response.json());
  const ids = new Map<AppFieldKey, string>();
  for (const key of ['finding-grade', 'audit-clause', 'verification'] as const) {
    const field = fields.find((candidate) => candidate.custom && candidate.key?.endsWith(`__${key}`));
    if (field) ids.set(key, field.id);
  }
  return ids;
}

/** Jira Cloud REST v3 behind the JiraIssues port. */
export class JiraIssuesApi implements JiraIssues {
  constructor(private readonly request: JiraRequestWithInit) {}

  private async fieldId(key: AppFieldKey): Promise<string> {
    if (!appFieldIds) {
      appFieldIds = resolveAppFieldIds(this.request);
      appFieldIds.catch(() => {
        appFieldIds = null;
      });
    }
    const id = (await appFieldIds).get(key);
    if (!id) throw new Failure('unavailable', `The app's Jira field "${key}" is not installed on this site`);
    return id;
  }

  private async appFieldValues(values: IssueChange['appFields']): Promise<Record<string, string>> {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(values ?? {})) {
      if (value !== undefined) fields[await this.fieldId(key as AppFieldKey)] = value;
    }
    return fields;
  }

  private async createFields(issue: NewJiraIssue): Promise<Record<string, unknown>> {
    return {
      project: { key: issue.projectKey },
      issuetype: { name: issue.issueType },
      summary: issue.summary,
      description: issue.description,
      labels: issue.labels,
      ...(issue.dueDate ? { duedate: issue.dueDate } : {}),
      ...(await this.appFieldValues(issue.appFields)),
    };
  }

  async createIssues(issues: NewJiraIssue[]): Promise<BulkCreateOutcome> {
    if (issues.length === 0) return { created: [], failed: [] };
    if (issues.length > 50) throw invalidInput('issues', 'Jira creates at most 50 issues in one request');
    const issueUpdates = await Promise.all(
      issues.map(async (issue) => ({
        fields: await this.createFields(issue),
        properties: [{ key: auditPropertyKey, value: issue.audit }],
      })),
    );
    const body = jsonBody({ issueUpdates });
    const response = await this.request(route`/rest/api/3/issue/bulk`, { method: 'POST', ...body });
    // 400 with the per-item errors when none was created; 201 when at least one was.
    if (!response.ok && response.status !== 400) {
      throw await productFailure(response, 'Creating Jira issues', { write: true });
    }
    const parsed = BulkCreated.safeParse(await response.json().catch(() => ({})));
    if (!parsed.success) throw new Failure('unavailable', 'Jira answered the bulk create in an unexpected shape');
    // Jira lists the created issues in request order, skipping the refused ones.
    const refused = new Set(parsed.data.errors.map((error) => error.failedElementNumber));
    const createdIndexes = issues.map((_, index) => index).filter((index) => !refused.has(index));
    const created = parsed.data.issues.map((issue, n) => {
      const browseUrl = browseUrlFrom(issue.self, issue.key);
      return { index: createdIndexes[n] ?? n, id: issue.id, key: issue.key, ...(browseUrl ? { browseUrl } : {}) };
    });
    const failed = parsed.data.errors.map((error) => ({
      index: error.failedElementNumber ?? -1,
      status: error.status ?? 400,
      message: messageOf(error.elementErrors ?? {}),
    }));
    if (failed.some((item) => item.index < 0)) {
      // A refusal of the whole request (no element named): every item failed for that reason.
      const whole = failed.find((item) => item.index < 0)!;
      return { created, failed: issues.map((_, index) => ({ index, status: whole.status, message: whole.message })) };
    }
    return { created, failed };
  }

  async searchIds(jql: string, nextPageToken?: string): Promise<{ ids: string[]; nextPageToken: string | null }> {
    const body = jsonBody({ jql, maxResults: 5000, fields: ['id'], ...(nextPageToken ? { nextPageToken } : {}) });
    const response = await this.request(route`/rest/api/3/search/jql`, { method: 'POST', ...body });
    if (response.status === 400) throw invalidInput('jql', await jiraMessage(response));
    if (!response.ok) throw await productFailure(response, 'Searching Jira');
    const page = SearchIdsPage.parse(await response.json());
    return { ids: page.issues.map((issue) => issue.id), nextPageToken: page.nextPageToken ?? null };
  }

  async searchIssues(
    jql: string,
    nextPageToken?: string,
  ): Promise<{ issues: JiraIssueSnapshot[]; nextPageToken: string | null }> {
    const body = jsonBody({
      jql,
      maxResults: 100,
      fields: snapshotFields,
      properties: [auditPropertyKey],
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    const response = await this.request(route`/rest/api/3/search/jql`, { method: 'POST', ...body });
    if (response.status === 400) throw invalidInput('jql', await jiraMessage(response));
    if (!response.ok) throw await productFailure(response, 'Searching Jira');
    const page = SearchPage.parse(await response.json());
    return { issues: page.issues.map(toSnapshot), nextPageToken: page.nextPageToken ?? null };
  }

  async fetchIssues(idsOrKeys: string[]): Promise<JiraIssueSnapshot[]> {
    if (idsOrKeys.length === 0) return [];
    if (idsOrKeys.length > 100) throw invalidInput('idsOrKeys', 'Jira fetches at most 100 issues in one request');
    const body = jsonBody({ issueIdsOrKeys: idsOrKeys, fields: snapshotFields, properties: [auditPropertyKey] });
    const response = await this.request(route`/rest/api/3/issue/bulkfetch`, { method: 'POST', ...body });
    if (!response.ok) throw await productFailure(response, 'Fetching Jira issues');
    return SearchPage.pick({ issues: true })
      .parse(await response.json())
      .issues.map(toSnapshot);
  }

  async getIssue(idOrKey: string): Promise<JiraIssueSnapshot | null> {
    const fields = snapshotFields.join(',');
    const response = await this.request(
      route`/rest/api/3/issue/${idOrKey}?fields=${fields}&properties=${auditPropertyKey}`,
    );
    if (response.status === 404) return null;
    if (!response.ok) throw await productFailure(response, `Reading Jira issue ${idOrKey}`);
    return toSnapshot(IssueBean.parse(await response.json()));
  }

  async updateIssue(idOrKey: string, change: IssueChange): Promise<void> {
    const fields: Record<string, unknown> = {
      ...(change.summary !== undefined ? { summary: change.summary } : {}),
      ...(change.description !== undefined ? { description: change.description } : {}),
      ...(change.dueDate !== undefined ? { duedate: change.dueDate } : {}),
      ...(change.labels !== undefined ? { labels: change.labels } : {}),
      ...(change.assigneeId !== undefined ? { assignee: { accountId: change.assigneeId } } : {}),
      ...(await this.appFieldValues(change.appFields)),
    };
    const properties = change.audit ? [{ key: auditPropertyKey, value: change.audit }] : [];
    const body = jsonBody({ fields, ...(properties.length > 0 ? { properties } : {}) });
    const response = await this.request(route`/rest/api/3/issue/${idOrKey}`, { method: 'PUT', ...body });
    await this.refuseOrFail(response, `Updating Jira issue ${idOrKey}`);
  }

  async setAppFieldValue(field: AppFieldKey, issueIds: string[], value: unknown): Promise<void> {
    const fieldId = await this.fieldId(field);
    const body = jsonBody({ updates: [{ issueIds: issueIds.map(Number), value }] });
    const response = await this.request(route`/rest/api/3/app/field/${fieldId}/value`, { method: 'PUT', ...body });
    await this.refuseOrFail(response, `Setting the Jira field "${field}"`);
  }

  async setProperty(idOrKey: string, propertyKey: string, value: unknown): Promise<void> {
    const body = jsonBody(value);
    const response = await this.request(route`/rest/api/3/issue/${idOrKey}/properties/${propertyKey}`, {
      method: 'PUT',
      ...body,
    });
    await this.refuseOrFail(response, `Setting property ${propertyKey} of Jira issue ${idOrKey}`);
  }

  async transitions(idOrKey: string): Promise<JiraTransition[]> {
    const response = await this.request(route`/rest/api/3/issue/${idOrKey}/transitions`);
    if (!response.ok) throw await productFailure(response, `Reading the transitions of Jira issue ${idOrKey}`);
    return Transitions.parse(await response.json()).transitions.map((t) => ({
      id: t.id,
      name: t.name,
      toStatus: t.to.name,
    }));
  }

  async transition(idOrKey: string, transitionId: string): Promise<void> {
    const body = jsonBody({ transition: { id: transitionId } });
    const response = await this.request(route`/rest/api/3/issue/${idOrKey}/transitions`, { method: 'POST', ...body });
    // A workflow validator or condition refusing is Jira's 400 (409: the issue moved meanwhile).
    if (response.status === 400 || response.status === 409) {
      throw conflict(`Jira refused to move ${idOrKey}: ${await jiraMessage(response)}`);
    }
    if (!response.ok) throw await productFailure(response, `Moving Jira issue ${idOrKey}`, { write: true });
  }

  async addComment(idOrKey: string, comment: AdfDocument): Promise<void> {
    const body = jsonBody({ body: comment });
    const response = await this.request(route`/rest/api/3/issue/${idOrKey}/comment`, { method: 'POST', ...body });
    await this.refuseOrFail(response, `Commenting on Jira issue ${idOrKey}`);
  }

  async linkIssues(type: string, inwardKey: string, outwardKey: string): Promise<void> {
    const body = jsonBody({ type: { name: type }, inwardIssue: { key: inwardKey }, outwardIssue: { key: outwardKey } });
    const response = await this.request(route`/rest/api/3/issueLink`, { method: 'POST', ...body });
    await this.refuseOrFail(response, `Linking ${inwardKey} to ${outwardKey}`);
  }

  async project(projectKey: string): Promise<JiraProjectShape | null> {
    const response = await this.request(route`/rest/api/3/project/${projectKey}`);
    if (response.status === 404) return null;
    if (!response.ok) throw await productFailure(response, `Reading Jira project ${projectKey}`);
    const project = ProjectJson.parse(await response.json());
    let issueTypes = project.issueTypes?.map((type) => type.name);
    if (!issueTypes) {
      const types = await this.request(route`/rest/api/3/issuetype/project?projectId=${project.id}`);
      if (!types.ok) throw await productFailure(types, `Reading the issue types of ${projectKey}`);
      issueTypes = IssueTypes.parse(await types.json()).map((type) => type.name);
    }
    // Jira lists every status here; team-managed ones carry the project they belong to.
    const statusAnswer = await this.request(route`/rest/api/3/status`);
    if (!statusAnswer.ok) throw await productFailure(statusAnswer, 'Reading Jira statuses');
    const statuses = Statuses.parse(await statusAnswer.json())
      .filter((status) => !status.scope?.project || status.scope.project.id === project.id)
      .map((status) => ({ id: status.id, name: status.name, category: statusCategory(status.statusCategory?.key) }));
    return { key: project.key, name: project.name, issueTypes, statuses };
  }

  /** What the caller may do with one issue, from `GET /mypermissions` asked as them. */
  async permissionsOn(issueKey: string): Promise<IssuePermissions> {
    const wanted = 'BROWSE_PROJECTS,EDIT_ISSUES,TRANSITION_ISSUES';
    const response = await this.request(route`/rest/api/3/mypermissions?issueKey=${issueKey}&permissions=${wanted}`);
    // Jira answers 404 for an issue the user may not see (or that does not exist).
    if (response.status === 404) return { browse: false, edit: false, transition: false };
    if (!response.ok) throw await productFailure(response, `Checking your permissions on ${issueKey}`);
    const { permissions } = MyPermissions.parse(await response.json());
    return {
      browse: permissions.BROWSE_PROJECTS?.havePermission === true,
      edit: permissions.EDIT_ISSUES?.havePermission === true,
      transition: permissions.TRANSITION_ISSUES?.havePermission === true,
    };
  }

  /** A refused write (400) names Jira's reason; a hidden issue is not_found; the rest product failures. */
  private async refuseOrFail(response: ProductResponse, what: string): Promise<void> {
    if (response.ok) return;
    if (response.status === 400) throw invalidInput('jira', `${what}: ${await jiraMessage(response)}`);
    throw await productFailure(response, what, { write: true });
  }
}

/** The JiraAccess port: the app's own view and each user's, and their permissions asked as them. */
export function jiraAccess(asApp: JiraRequestWithInit, asUser: (accountId: string) => JiraRequestWithInit): JiraAccess {
  return {
    asApp: () => new JiraIssuesApi(asApp),
    asUser: (accountId) => new JiraIssuesApi(asUser(accountId)),
    permissionsOn: (accountId, issueKey) => new JiraIssuesApi(asUser(accountId)).permissionsOn(issueKey),
  };
}
