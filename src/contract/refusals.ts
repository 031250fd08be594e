import type { z } from 'zod';
import { type Access, appRoleTitles } from '../domain/access/appRole';
import type { Failure, FieldProblem } from '../domain/failure';
import { fieldLabel } from '../domain/input/fieldLabel';
import { fieldProblems, refusalMessage } from '../domain/input/inputProblems';
import type { ResolverError } from './result';

/**
 * How the contract words its refusals. A refusal's message is read as it is by people (every form,
 * the sandbox's HTTP interface, scripts), so it is a sentence: never a resolver's name, a field's
 * path or a schema's wording. The field stays as data (`field`, `fields`) for a form to place it.
 */

/** A payload its schema rejected: every field at fault, each beside its label. */
export function invalidPayload(error: z.ZodError): ResolverError {
  const fields = fieldProblems(error);
  return { code: 'invalid_input', message: refusalMessage(fields), field: fields[0]?.field, fields };
}

/** A reader asks to see; anything else asks to do. Only the resolver's kind is read, never shown. */
const readsOnly = (resolverName: string) => /^(get|list|find|search|preview|check)[A-Z]/.test(resolverName);

/** The caller lacks the app role the resolver asks for. */
export function missingRole(resolverName: string, access: Access): ResolverError {
  const what = readsOnly(resolverName) ? 'see this' : 'do this';
  const roles =
    Array.isArray(access) && access.length > 0
      ? `the ${access.map((role) => appRoleTitles[role as keyof typeof appRoleTitles]).join(' or ')} role`
      : 'an audit-app role';
  return { code: 'forbidden', message: `You need ${roles} to ${what}; ask your programme manager` };
}

/** A use case's own refusal, its field (when it names one) also given as a labelled problem. */
export function failureRefusal(failure: Failure): ResolverError {
  const fields: FieldProblem[] | undefined = failure.fields
    ? [...failure.fields]
    : failure.field && failure.code === 'invalid_input'
      ? [{ field: failure.field, label: fieldLabel(failure.field.split('.')), message: failure.message }]
      : undefined;
  return {
    code: failure.code,
    message: failure.message,
    ...(failure.field ? { field: failure.field } : {}),
    ...(fields ? { fields } : {}),
    ...(failure.problems ? { problems: [...failure.problems] } : {}),
    ...(failure.overridable ? { overridable: { ...failure.overridable } } : {}),
  };
}
