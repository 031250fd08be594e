import type { RoleAssignment } from '../../../../src/contract';
// The type alone, from a .ts file: the unit tests (no JSX) import this module.
import type { Person } from '../../../shared/person';

/**
 * The people a plan picks from: the lead auditors, then the auditors (whom a plan asks for), then
 * everyone else with an app role; by name within each. Without `auditorsFirst`, simply by name.
 */
export function planPeople(people: readonly RoleAssignment[], auditorsFirst = true): Person[] {
  const rank = (person: RoleAssignment) =>
    !auditorsFirst ? 0 : person.roles.includes('leadAuditor') ? 0 : person.roles.includes('auditor') ? 1 : 2;
  return [...people]
    .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, undefined))
    .map(({ accountId, displayName }) => ({ accountId, displayName }));
}
