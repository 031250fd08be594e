import { callerRoles } from '../app/access/callerRoles';
import type { AppServices } from '../app/services';
import { resolverContract, type ResolverName, type ResolverOutput } from '../contract/resolvers';
import { failureRefusal, invalidPayload, missingRole } from '../contract/refusals';
import type { Result } from '../contract/result';
import { hasAccess } from '../domain/access/appRole';
import { Failure } from '../domain/failure';
import { parseWithPlainWords } from '../domain/input/inputProblems';
import { useCases } from './useCases';

/**
 * The one path every resolver call takes: parse the payload (zod) → identify the caller from the
 * platform context → check the app role → run the use case → map failures to the typed result.
 * Only a `Failure` becomes an error result; anything else is a bug and is rethrown so the platform
 * logs it (and the sandbox answers 500).
 */
export async function dispatch<K extends ResolverName>(
  name: K,
  payload: unknown,
  accountId: string | undefined,
  services: () => Promise<AppServices>,
): Promise<Result<ResolverOutput<K>>> {
  const spec = resolverContract[name];
  const parsed = parseWithPlainWords(spec.input, payload ?? {});
  if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
  if (!accountId) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Sign in to use the audit app: no Atlassian account in the request' },
    };
  }
  try {
    const ready = await services();
    const roles = await callerRoles(ready, accountId);
    if (!hasAccess(roles, spec.access)) return { ok: false, error: missingRole(name, spec.access) };
    const value = await useCases[name](ready, { accountId }, parsed.data as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: failureRefusal(error) };
    throw error;
  }
}
