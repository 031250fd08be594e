import { route } from '@forge/api';
import { z } from 'zod';
import type { UserDirectory } from '../../ports/userDirectory';
import { productFailure, type ProductResponse } from './productResponse';

/** A Jira request made as the app or as a given user (adapters/forge supplies the real ones). */
export type JiraRequest = (path: ReturnType<typeof route>) => Promise<ProductResponse>;

const JiraUser = z.object({ accountId: z.string(), displayName: z.string().optional() });
const MyPermissions = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/**
 * Names and site-admin status from Jira. Names are cached for the life of the instance (one
 * invocation), so a list of twenty role holders costs at most twenty lookups, once.
 */
export class JiraUserDirectory implements UserDirectory {
  private readonly names = new Map<string, Promise<string>>();

  constructor(
    private readonly asApp: JiraRequest,
    private readonly asUser: (accountId: string) => JiraRequest,
  ) {}

  displayName(accountId: string): Promise<string> {
    let name = this.names.get(accountId);
    if (!name) {
      name = this.lookUpName(accountId);
      this.names.set(accountId, name);
    }
    return name;
  }

  async isSiteAdmin(accountId: string): Promise<boolean> {
    // Jira's global ADMINISTER permission, asked as the user: the app's own view would say nothing
    // about the caller (asApp ignores their permissions).
    const response = await this.asUser(accountId)(route`/rest/api/3/mypermissions?permissions=${'ADMINISTER'}`);
    if (!response.ok) throw await productFailure(response, 'Checking Jira administrator permission');
    const parsed = MyPermissions.parse(await response.json());
    return parsed.permissions.ADMINISTER?.havePermission === true;
  }

  private async lookUpName(accountId: string): Promise<string> {
    const response = await this.asApp(route`/rest/api/3/user?accountId=${accountId}`);
    if (response.status === 404) return `Unknown user (${accountId})`;
    if (!response.ok) throw await productFailure(response, 'Looking up a Jira user');
    const user = JiraUser.parse(await response.json());
    return user.displayName ?? accountId;
  }
}
