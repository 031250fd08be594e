import type { ProductRequest } from '../platform/product';
import { demoUser, type DemoUser } from '../demo/users';

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const notFound = (message: string): Answer => ({ status: 404, body: { errorMessages: [message], errors: {} } });

function userJson(user: DemoUser) {
  return {
    self: `https://sandbox.atlassian.net/rest/api/3/user?accountId=${user.accountId}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: true,
    timeZone: 'Europe/Dublin',
    locale: 'en_GB',
  };
}

/**
 * Jira's user and permission endpoints over the demo directory (GET /rest/api/3/user, /myself,
 * /mypermissions). The rest of the Jira emulator (issues, search, workflows) arrives with the
 * local-platform issue.
 */
export function answerJiraUsers(request: ProductRequest): Answer | undefined {
  const url = new URL(request.path, 'https://sandbox.atlassian.net');
  if (request.method !== 'GET') return undefined;
  if (url.pathname === '/rest/api/3/user') {
    const user = demoUser(url.searchParams.get('accountId') ?? undefined);
    return user
      ? { status: 200, body: userJson(user) }
      : notFound(`Specified user does not exist or you do not have required permissions`);
  }
  if (url.pathname === '/rest/api/3/myself') {
    const user = demoUser(request.accountId);
    return user
      ? { status: 200, body: userJson(user) }
      : { status: 401, body: { errorMessages: ['You are not authenticated'], errors: {} } };
  }
  if (url.pathname === '/rest/api/3/mypermissions') {
    const user = demoUser(request.accountId);
    const keys = (url.searchParams.get('permissions') ?? '').split(',').filter(Boolean);
    const permissions: Record<string, unknown> = {};
    for (const key of keys) {
      const have = key === 'ADMINISTER' ? user?.siteAdmin === true : user !== undefined;
      permissions[key] = { key, name: key, type: 'GLOBAL', description: key, havePermission: have, id: '0' };
    }
    return { status: 200, body: { permissions } };
  }
  return undefined;
}
