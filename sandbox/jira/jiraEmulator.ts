import type BetterSqlite3 from 'better-sqlite3';
import type { ProductAnswer, ProductHandler, ProductRequest } from '../platform/product';
import { jiraError } from './answers';
import type { JiraContext } from './context';
import { FieldRegistry } from './fieldRegistry';
import {
  DEFAULT_LINK_TYPES,
  type AppFieldDefinition,
  type EntityPropertyDefinition,
  type IssueEvent,
  type IssueTypeRecord,
  type JiraUser,
  type ProjectConfig,
  type ProjectRecord,
  type StatusRecord,
  type WorkflowRules,
} from './model';
import { actorFor } from './permissions';
import { route } from './router';
import { SearchSnapshots } from './searchSnapshots';
import { JiraStore } from './store';

export type { IssueEvent, ProjectConfig, WorkflowRules } from './model';

export interface JiraEmulatorOptions {
  /** The platform's SQLite database; the emulator keeps its own `jira_` tables in it. */
  database: BetterSqlite3.Database;
  /** Every timestamp (created, updated, resolved, comments, events) comes from here. */
  clock: () => Date;
  users: ReadonlyArray<JiraUser>;
  /** The app's `jira:customField`s: customfield_10050, 10051, … in this order (kept once assigned). */
  appFields?: AppFieldDefinition[];
  /** The app's `jira:entityProperty` index definitions: JQL aliases. */
  entityProperties?: EntityPropertyDefinition[];
  /** The app's `jira:workflowValidator` / `jira:workflowCondition` modules. */
  workflowRules?: WorkflowRules;
  /** Called after each issue create, update and delete (see events.ts for which changes fire). */
  onIssueEvent?: (event: IssueEvent) => void;
  /** Base of every `self` link; default `https://sandbox.atlassian.net`. */
  site?: string;
  /** Users' time zone: JQL dates and `timeZone` in user answers; default `UTC`. */
  timeZone?: string;
  /** The app's own account (reporter of what asApp() creates). */
  appAccount?: { accountId: string; displayName: string };
}

const DEFAULT_APP_ACCOUNT = {
  accountId: '557058:00000000-0000-0000-0000-0000a0d17a99',
  displayName: 'Internal Audit (app)',
};

/**
 * The local Jira Cloud: the REST v3 subset the app uses, with Jira's semantics and answers shaped
 * as Atlassian's OpenAPI document says, persisted in SQLite. `handle` answers one request; see
 * router.ts for the operations and endpoints/ for each group.
 */
export class JiraEmulator {
  readonly handle: ProductHandler;
  private readonly store: JiraStore;
  private readonly projectsById = new Map<string, ProjectRecord>();
  private readonly statusesById = new Map<string, StatusRecord>();
  private readonly issueTypesById = new Map<string, IssueTypeRecord>();
  private readonly searches = new SearchSnapshots();

  constructor(options: JiraEmulatorOptions) {
    this.store = new JiraStore(options.database);
    this.reloadConfiguration();
    const users = new Map(options.users.map((user) => [user.accountId, { ...user }]));
    const appUser = options.appAccount ?? DEFAULT_APP_ACCOUNT;
    const ctx: JiraContext = {
      store: this.store,
      fields: new FieldRegistry(this.store, options.appFields ?? [], options.entityProperties ?? []),
      clock: options.clock,
      site: options.site ?? 'https://sandbox.atlassian.net',
      timeZone: options.timeZone ?? 'UTC',
      users,
      appUser,
      linkTypes: DEFAULT_LINK_TYPES,
      workflowRules: options.workflowRules,
      searches: this.searches,
      project: (idOrKey) =>
        this.projectsById.get(idOrKey) ??
        [...this.projectsById.values()].find((project) => project.key.toUpperCase() === idOrKey.toUpperCase()),
      projects: () => [...this.projectsById.values()],
      status: (id) => this.statusesById.get(id),
      statuses: () => [...this.statusesById.values()],
      issueType: (id) => this.issueTypesById.get(id),
      emit: (event) => {
        try {
          options.onIssueEvent?.(event);
        } catch (error) {
          console.error(`jira emulator: onIssueEvent failed for ${event.eventType} ${event.issue.key}`, error);
        }
      },
    };
    this.handle = async (request: ProductRequest): Promise<ProductAnswer> => {
      if (request.product !== 'jira') return jiraError(404, [`Not a Jira request: ${request.product}`]);
      try {
        return await route(ctx, request, actorFor(request, users, appUser.accountId));
      } catch (error) {
        console.error(`jira emulator: ${request.method} ${request.path} failed`, error);
        return jiraError(500, [`Internal server error: ${(error as Error).message}`]);
      }
    };
  }

  /**
   * Creates or reconfigures a project: its issue types, workflow and permissions. Statuses and
   * issue types are site-wide by name; the project keeps its id and its issues across calls and
   * restarts. Transition ids follow the order of `workflow.transitions` (11, 21, 31, …).
   */
  configureProject(config: ProjectConfig): void {
    const { workflow } = config;
    const statusIds = new Map(workflow.statuses.map((s) => [s.name, this.store.ensureStatus(s.name, s.category).id]));
    const statusId = (name: string) => {
      const id = statusIds.get(name);
      if (!id) throw new Error(`configureProject ${config.key}: status '${name}' is not in workflow.statuses`);
      return id;
    };
    if (config.issueTypes.length === 0) throw new Error(`configureProject ${config.key}: no issue types`);
    const project: ProjectRecord = {
      id: this.store.projectIdForKey(config.key) ?? String(this.store.next('project')),
      key: config.key,
      name: config.name,
      issueTypeIds: config.issueTypes.map((type) => this.store.ensureIssueType(type.name, type.description ?? '').id),
      statusIds: [...statusIds.values()],
      initialStatusId: statusId(workflow.initial),
      transitions: workflow.transitions.map((transition, i) => ({
        id: String((i + 1) * 10 + 1),
        name: transition.name,
        from: transition.from.map(statusId),
        to: statusId(transition.to),
        validators: transition.validators ?? [],
        conditions: transition.conditions ?? [],
      })),
      ...(config.permissions ? { permissions: config.permissions } : {}),
    };
    this.store.saveProject(project);
    this.reloadConfiguration();
  }

  private reloadConfiguration(): void {
    this.projectsById.clear();
    for (const project of this.store.projects()) this.projectsById.set(project.id, project);
    this.statusesById.clear();
    for (const status of this.store.statuses()) this.statusesById.set(status.id, status);
    this.issueTypesById.clear();
    for (const type of this.store.issueTypes()) this.issueTypesById.set(type.id, type);
    this.searches.invalidate();
  }
}
