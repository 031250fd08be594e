import type { z } from 'zod';
import { callerRoles } from '../app/access/callerRoles';
import type { AppServices } from '../app/services';
import { resolverContract, type ResolverName, type ResolverOutput } from '../contract/resolvers';
import type { Result } from '../contract/result';
import { hasAccess } from '../domain/access/appRole';
import { Failure } from '../domain/failure';
import { useCases } from './useCases';

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(payload)';
  return { field, message: `${field}: ${issue?.message ?? 'invalid'}` };
}

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
  const parsed = spec.input.safeParse(payload ?? {});
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { ok: false, error: { code: 'invalid_input', message, field } };
  }
  if (!accountId) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Sign in to use the audit app: no Atlassian account in the request' },
    };
  }
  try {
    const ready = await services();
    const roles = await callerRoles(ready, accountId);
    if (!hasAccess(roles, spec.access)) {
      const needed = Array.isArray(spec.access) ? spec.access.join(' or ') : 'an app role';
      return {
        ok: false,
        error: { code: 'forbidden', message: `${name} needs ${needed}; a programme manager can grant roles` },
      };
    }
    const value = await useCases[name](ready, { accountId }, parsed.data as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Failure) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.field ? { field: error.field } : {}),
          ...(error.problems ? { problems: [...error.problems] } : {}),
        },
      };
    }
    throw error;
  }
}
