import { randomUUID } from 'node:crypto';

/** A Forge function handler as the platform calls it: `(request, context)`. */
type Handler = (request: unknown, context: unknown) => Promise<unknown>;

export const SANDBOX_CLOUD_ID = '0e1f2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
export const SANDBOX_SITE = 'https://helix-biologics.sandbox.atlassian.net';

const installContext = `ari:cloud:confluence::site/${SANDBOX_CLOUD_ID}`;

/**
 * Calls the app's real resolver the way Forge does: `{call: {functionKey, payload}, context}`
 * plus the backend runtime payload with the principal. The handler module is the unmodified
 * `src/entry/resolver.ts`.
 */
export async function invokeResolver(
  handler: Handler,
  functionKey: string,
  payload: unknown,
  accountId: string | undefined,
  moduleKey = 'audit-programme',
): Promise<unknown> {
  const context = {
    cloudId: SANDBOX_CLOUD_ID,
    localId: `${moduleKey}-${randomUUID()}`,
    moduleKey,
    environmentId: 'sandbox',
    environmentType: 'DEVELOPMENT',
    extension: { type: 'confluence:globalPage' },
    siteUrl: SANDBOX_SITE,
  };
  return handler(
    { call: { functionKey, payload }, context },
    { principal: accountId ? { accountId } : undefined, installContext, license: { isActive: true } },
  );
}

/** Calls a scheduled trigger's function as Forge does (no principal). */
export async function runScheduledTrigger(handler: Handler, moduleKey: string): Promise<unknown> {
  return handler({ context: { cloudId: SANDBOX_CLOUD_ID, moduleKey }, contextToken: 'sandbox' }, { installContext });
}
