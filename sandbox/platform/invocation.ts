import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who the current function invocation runs for. Forge gives `asUser()` the invoking user's
 * token; the sandbox gets the same effect by carrying the principal through async calls, so two
 * users' invocations running at once never see each other's identity.
 */
const invocation = new AsyncLocalStorage<{ accountId: string | undefined }>();

export function runAs<T>(accountId: string | undefined, work: () => Promise<T>): Promise<T> {
  return invocation.run({ accountId }, work);
}

export function invokingAccountId(): string | undefined {
  return invocation.getStore()?.accountId;
}
