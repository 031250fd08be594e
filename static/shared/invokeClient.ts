import type { ResolverError, ResolverInput, ResolverName, ResolverOutput, Result } from '../../src/contract';

/**
 * The one way the Custom UI talks to the backend: a typed `invoke` of a resolver named in the
 * contract. Resolvers answer a `Result` and never throw across the bridge; when the bridge itself
 * fails (no host, network, rate limit) or answers something that is not a `Result`, the caller
 * still gets a `Result`, with the code `unavailable`.
 *
 * `@forge/bridge` is loaded on first use: its modules look up `window.__bridge` as they load and
 * throw without it, which would otherwise stop the whole page from rendering.
 */
type Bridge = typeof import('@forge/bridge');

let bridgeModule: Promise<Bridge> | null = null;

function loadBridge(): Promise<Bridge> {
  if (!bridgeModule) {
    bridgeModule = import('@forge/bridge').catch((error: unknown) => {
      bridgeModule = null;
      throw error;
    });
  }
  return bridgeModule;
}

function unavailable(message: string): { ok: false; error: ResolverError } {
  return { ok: false, error: { code: 'unavailable', message } };
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message.trim();
  if (typeof error === 'string' && error.trim()) return error.trim();
  return 'The app could not reach its backend. Try again in a moment.';
}

function isResult(reply: unknown): reply is Result<unknown> {
  if (typeof reply !== 'object' || reply === null) return false;
  const candidate = reply as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error as { code?: unknown; message?: unknown } | null | undefined;
  return (
    typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string'
  );
}

export async function callResolver<K extends ResolverName>(
  name: K,
  input: ResolverInput<K>,
): Promise<Result<ResolverOutput<K>>> {
  let reply: unknown;
  try {
    const { invoke } = await loadBridge();
    reply = await invoke<unknown>(name, input as Record<string, unknown>);
  } catch (error) {
    return unavailable(describe(error));
  }
  if (!isResult(reply)) {
    return unavailable(`The backend gave an unexpected answer to ${name}.`);
  }
  return reply as Result<ResolverOutput<K>>;
}
