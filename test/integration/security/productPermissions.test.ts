import api, { route } from '@forge/api';
import { demoUsers } from '../../../sandbox/demo/users';
import { runAs } from '../../../sandbox/platform/invocation';
import { SandboxPlatform } from '../../../sandbox/platform/sandboxPlatform';
import { confluenceAsUser, jiraAsUser } from '../../../src/adapters/forge/products';

/**
 * Issue 14: the app reads and writes as the caller where the caller's own right is what counts.
 * Forge's `asUser()` is the invoking user; naming an account would ask the platform to impersonate.
 */
jest.setTimeout(120_000);

const [alice, bob] = demoUsers.filter((u) => !u.siteAdmin).map((u) => u.accountId);

describe('acting in the products as the invoking user', () => {
  let platform: SandboxPlatform;
  beforeEach(() => {
    platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  it('[P11.10d] [A11.12] asks Jira and Confluence as the invoker through asUser() with no account named', async () => {
    const asUser = jest.spyOn(api, 'asUser');
    const me = await runAs(alice, () => jiraAsUser(alice)(alice!)(route`/rest/api/3/myself`));
    expect(me.status).toBe(200);
    expect(((await me.json()) as { accountId: string }).accountId).toBe(alice);
    const spaces = await runAs(alice, () => confluenceAsUser(alice)(alice!)(route`/wiki/api/v2/spaces`));
    expect(spaces.status).toBe(200);
    expect(asUser).toHaveBeenCalledTimes(2);
    // No argument: impersonating a named account needs allowImpersonation, which the app does not have.
    expect(asUser.mock.calls.every((args) => args.length === 0 || args[0] === undefined)).toBe(true);
  });

  it('[P11.10d] [A11.12] refuses to act as anyone but the invoker, or as a user where nobody invoked', () => {
    expect(() => jiraAsUser(alice)(bob!)).toThrow(/never acts as another user/);
    expect(() => confluenceAsUser(alice)(bob!)).toThrow(/never acts as another user/);
    expect(() => jiraAsUser(undefined)(alice!)).toThrow(/no user invoked this function/);
    expect(() => confluenceAsUser(undefined)(alice!)).toThrow(/no user invoked this function/);
  });
});
