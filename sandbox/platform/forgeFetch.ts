import { ForgeSqlLimits } from './limits/forgeSqlLimits';
import type { InvocationLimits } from './limits/invocationLimits';
import { SqlLimitRefusal } from './limits/sqlRefusal';
import type { ProductHandler } from './product';
import type { SqlEngine } from './sqlEngine';

export type { ProductAnswer, ProductHandler, ProductRequest } from './product';

/** What `@forge/*` passes as the first argument of `global.__forge_fetch__` (docs/forge.md). */
export interface ForgeFetchArgs {
  type: string;
  provider: string;
  remote?: string;
  accountId?: string;
}

type Answer = { status: number; body?: unknown };

export interface ForgePlatform {
  sql: SqlEngine;
  products: ProductHandler;
  /** The account a request without an explicit one runs as: the invocation's principal. */
  currentAccountId(): string | undefined;
  /** Forge KVS (`@forge/kvs`): path under /api/v1 and the JSON body. */
  kvs?: (path: string, body: Record<string, unknown>) => Answer;
  /** Atlassian's "stargate" (`@forge/events` queues). */
  stargate?: (path: string, body: Record<string, unknown>) => Answer;
  /** Invocation time limits: a call from a handler whose invocation has timed out is refused. */
  invocations?: InvocationLimits;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

function bodyOf(init: RequestInit | undefined): unknown {
  if (!init?.body) return undefined;
  // A multipart upload (Confluence attachments) reaches the product emulator as the bytes sent.
  if (init.body instanceof ArrayBuffer || ArrayBuffer.isView(init.body)) return init.body;
  const text = typeof init.body === 'string' ? init.body : String(init.body);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Installs the one hook every `@forge/*` backend call goes through, routing it to the sandbox:
 * Forge SQL to the SQL engine, KVS and queues to their emulators, Jira and Confluence REST to the
 * product emulators. The app's code runs
 * unmodified; only the platform underneath is local.
 */
export function installForgeFetch(platform: ForgePlatform): () => void {
  const globalRef = globalThis as { __forge_fetch__?: unknown };
  const previous = globalRef.__forge_fetch__;
  globalRef.__forge_fetch__ = async (args: ForgeFetchArgs, path: string, init?: RequestInit) => {
    // Forge stops a function at its time limit; here it may still run, so what it tries is refused.
    if (platform.invocations?.isLate(`${args.type} ${args.remote ?? ''} ${path}`.replace(/\s+/g, ' '))) {
      return json(503, { message: 'The invocation timed out; the platform no longer answers it' });
    }
    if (args.type === 'sql') {
      const { query, params } = bodyOf(init) as { query: string; params?: unknown[] };
      const endpoint = /\/execute\/ddl$/.test(path) ? 'ddl' : 'dml';
      try {
        const sql = platform.sql;
        const answer =
          sql instanceof ForgeSqlLimits
            ? await sql.executeVia(query, params ?? [], endpoint)
            : await sql.execute(query, params ?? []);
        return json(200, answer);
      } catch (error) {
        // A limit answers with its own status and body (docs/sandbox.md, "Forge SQL limits").
        if (error instanceof SqlLimitRefusal) return json(error.status, error.body, error.headers());
        const message = error instanceof Error ? error.message : String(error);
        return json(400, { code: 'SQL_EXECUTION_ERROR', message });
      }
    }
    if (args.type === 'kvs' && platform.kvs) {
      const answer = platform.kvs(path, (bodyOf(init) ?? {}) as Record<string, unknown>);
      return json(answer.status, answer.body);
    }
    if (args.type === 'fpp' && args.remote === 'stargate' && platform.stargate) {
      const answer = platform.stargate(path, (bodyOf(init) ?? {}) as Record<string, unknown>);
      return json(answer.status, answer.body);
    }
    if (args.type === 'fpp' && (args.remote === 'jira' || args.remote === 'confluence')) {
      const answer = await platform.products({
        product: args.remote,
        provider: args.provider,
        accountId: args.provider === 'app' ? undefined : (args.accountId ?? platform.currentAccountId()),
        method: (init?.method ?? 'GET').toUpperCase(),
        path,
        body: bodyOf(init),
      });
      // A download answers with the file's bytes, not JSON.
      if (answer.body instanceof Uint8Array)
        return new Response(answer.body, { status: answer.status, headers: answer.headers });
      return json(answer.status, answer.body, answer.headers);
    }
    return json(501, { message: `The sandbox does not emulate ${args.type}/${args.remote ?? ''} ${path}` });
  };
  return () => {
    globalRef.__forge_fetch__ = previous;
  };
}
