import { SANDBOX_APP_ID, SANDBOX_ENVIRONMENT_ID } from './functionRunner';

/**
 * The part of Forge's per-invocation runtime (`global.__forge_runtime__`) that `@forge/api`'s
 * `getAppContext()` reads: which app and environment the code runs as. Nothing else is set, so
 * `@forge/kvs` and the product calls keep going through `__forge_fetch__` (they use the runtime
 * only when it names a KVS or proxy URL).
 */
export function installForgeRuntime(): () => void {
  const globalRef = globalThis as { __forge_runtime__?: unknown };
  const previous = globalRef.__forge_runtime__;
  globalRef.__forge_runtime__ = {
    appContext: {
      appId: SANDBOX_APP_ID,
      appVersion: '1.0.0',
      environmentId: SANDBOX_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      invocationId: 'sandbox-invocation',
      installationId: 'sandbox-installation',
      functionKey: 'sandbox',
      moduleType: 'sandbox',
      moduleKey: 'sandbox',
    },
    lambdaContext: { awsRequestId: 'sandbox', getRemainingTimeInMillis: () => 25_000 },
    tracing: { traceId: 'sandbox', spanId: 'sandbox' },
    realtime: {},
    featureFlags: () => false,
  };
  return () => {
    globalRef.__forge_runtime__ = previous;
  };
}
