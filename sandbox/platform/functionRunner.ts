import { randomUUID } from 'node:crypto';
import type { AppManifest } from './appManifest';
import { InvocationLimits, type InvocationKind } from './limits/invocationLimits';

/** A Forge function handler as the platform calls it: `(request, context)`. */
export type ForgeHandler = (request: unknown, context: unknown) => Promise<unknown>;

export const SANDBOX_CLOUD_ID = '0e1f2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
export const SANDBOX_SITE = 'https://helix-biologics.sandbox.atlassian.net';
export const SANDBOX_APP_ID = '00000000-0000-0000-0000-000000000000';
export const SANDBOX_ENVIRONMENT_ID = 'sandbox-environment';

const installContext = `ari:cloud:jira::site/${SANDBOX_CLOUD_ID}`;

/** What a Custom UI's extension context says about where it runs. */
export interface ExtensionContext {
  moduleKey: string;
  extension: Record<string, unknown>;
}

/**
 * Runs the app's unmodified handlers the way Forge calls them (docs/forge.md): it loads the
 * function named by the manifest from src/ and passes Forge-shaped arguments. Every `@forge/*`
 * call the handler makes goes through `global.__forge_fetch__`, which the platform has installed.
 */
export class FunctionRunner {
  private readonly loaded = new Map<string, ForgeHandler>();

  constructor(
    private readonly manifest: AppManifest,
    /** Forge's runtime limits per invocation (on unless the caller passes others). */
    readonly limits: InvocationLimits = new InvocationLimits(),
  ) {}

  /** One invocation, stopped for its caller when it runs past Forge's limit for its kind. */
  private invoke(functionKey: string, kind: InvocationKind, request: unknown, context: unknown): Promise<unknown> {
    const module = this.manifest.list('function').find((m) => m.key === functionKey);
    const limitMs = this.limits.limitMs(kind, module?.timeoutSeconds as number | undefined);
    return this.limits.run(functionKey, kind, limitMs, () => this.handler(functionKey)(request, context));
  }

  handler(functionKey: string): ForgeHandler {
    let handler = this.loaded.get(functionKey);
    if (!handler) {
      const { file, exportName } = this.manifest.functionHandler(functionKey);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loadedModule = require(file) as Record<string, unknown>;
      const exported = loadedModule[exportName];
      if (typeof exported !== 'function') throw new Error(`${file} has no function export '${exportName}'`);
      handler = exported as ForgeHandler;
      this.loaded.set(functionKey, handler);
    }
    return handler;
  }

  /** A Custom UI `invoke`: `{call: {functionKey, payload}, context}` plus the principal. */
  invokeResolver(
    functionKey: string,
    resolverKey: string,
    payload: unknown,
    accountId: string | undefined,
    where: ExtensionContext,
  ) {
    const context = {
      cloudId: SANDBOX_CLOUD_ID,
      localId: `${where.moduleKey}-${randomUUID()}`,
      moduleKey: where.moduleKey,
      environmentId: SANDBOX_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      extension: where.extension,
      siteUrl: SANDBOX_SITE,
    };
    return this.invoke(
      functionKey,
      'resolver',
      { call: { functionKey: resolverKey, payload }, context },
      { principal: accountId ? { accountId } : undefined, installContext, license: { isActive: true } },
    );
  }

  /** A product trigger (`avi:jira:*:issue`): `(event, context)`. */
  runTrigger(functionKey: string, event: unknown, accountId: string | undefined) {
    return this.invoke(functionKey, 'trigger', event, {
      installContext,
      principal: accountId ? { accountId } : undefined,
    });
  }

  /** A scheduled trigger: no principal; Forge expects `{statusCode: 204}` back. */
  runScheduled(functionKey: string, moduleKey: string) {
    return this.invoke(
      functionKey,
      'scheduled',
      { context: { cloudId: SANDBOX_CLOUD_ID, moduleKey }, contextToken: 'sandbox' },
      { installContext },
    );
  }

  /** A queue consumer: the pushed event plus `{queueName, jobId, eventId, retryContext?}`. */
  runConsumer(functionKey: string, event: unknown) {
    return this.invoke(functionKey, 'consumer', event, { installContext });
  }

  /** A `jira:workflowValidator` function: `{issue:{key}, configuration, transition, modifiedFields}`. */
  runValidator(functionKey: string, input: unknown) {
    return this.invoke(functionKey, 'validator', input, { installContext });
  }

  /**
   * A macro's `adfExport` function: `{exportType, context: {content: {id}}, extension: {config}}`,
   * with the user exporting the page as the principal, as for any user-invoked function.
   */
  runAdfExport(functionKey: string, payload: unknown, accountId: string | undefined) {
    return this.invoke(functionKey, 'adfExport', payload, {
      installContext,
      principal: accountId ? { accountId } : undefined,
    });
  }
}
