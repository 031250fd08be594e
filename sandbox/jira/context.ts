import type { ProductAnswer, ProductRequest } from '../platform/product';
import type { FieldRegistry } from './fieldRegistry';
import type {
  IssueEvent,
  IssueTypeRecord,
  JiraUser,
  LinkTypeRecord,
  ProjectRecord,
  StatusRecord,
  WorkflowRules,
} from './model';
import type { Actor } from './permissions';
import type { SearchSnapshots } from './searchSnapshots';
import type { JiraStore } from './store';

/** Everything an endpoint module may use: the emulator's state, built once by JiraEmulator. */
export interface JiraContext {
  readonly store: JiraStore;
  readonly fields: FieldRegistry;
  readonly clock: () => Date;
  /** `https://sandbox.atlassian.net`: the base of every `self` link. */
  readonly site: string;
  readonly timeZone: string;
  readonly users: ReadonlyMap<string, JiraUser>;
  /** The app's own account: reporter and author of what asApp() creates. */
  readonly appUser: { accountId: string; displayName: string };
  readonly linkTypes: readonly LinkTypeRecord[];
  readonly workflowRules: WorkflowRules | undefined;
  readonly searches: SearchSnapshots;
  project(idOrKey: string): ProjectRecord | undefined;
  projects(): ProjectRecord[];
  status(id: string): StatusRecord | undefined;
  statuses(): StatusRecord[];
  issueType(id: string): IssueTypeRecord | undefined;
  emit(event: IssueEvent): void;
}

/** One request as an endpoint sees it. */
export interface Call {
  readonly request: ProductRequest;
  readonly actor: Actor;
  /** Decoded `{param}` segments of the route. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

export type Endpoint = (ctx: JiraContext, call: Call) => ProductAnswer | Promise<ProductAnswer>;
