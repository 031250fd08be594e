import { hasAccess } from '../../../src/domain/access/appRole';
import { normaliseRoles, wouldRemoveLastProgrammeManager } from '../../../src/domain/access/userRoles';
import { reasonRequiredToChange } from '../../../src/domain/trail/reasonRequired';

describe('app roles', () => {
  it('checks access by role list, any role, or anyone', () => {
    expect(hasAccess([], 'anyone')).toBe(true);
    expect(hasAccess([], 'anyAppRole')).toBe(false);
    expect(hasAccess(['viewer'], 'anyAppRole')).toBe(true);
    expect(hasAccess(['viewer', 'auditor'], ['programmeManager'])).toBe(false);
    expect(hasAccess(['auditor', 'programmeManager'], ['programmeManager'])).toBe(true);
  });
  it('normalises a role list to one canonical order without duplicates', () => {
    expect(normaliseRoles(['viewer', 'programmeManager', 'viewer'])).toEqual(['programmeManager', 'viewer']);
  });
  it('refuses to remove the last programme manager, but allows removing one of two', () => {
    expect(wouldRemoveLastProgrammeManager(['a'], 'a', ['viewer'])).toBe(true);
    expect(wouldRemoveLastProgrammeManager(['a', 'b'], 'a', ['viewer'])).toBe(false);
    expect(wouldRemoveLastProgrammeManager(['a'], 'a', ['programmeManager', 'viewer'])).toBe(false);
    expect(wouldRemoveLastProgrammeManager(['a'], 'c', [])).toBe(false);
  });
  it('requires a reason to change an approved or signed record only', () => {
    expect(reasonRequiredToChange(null)).toBe(false);
    expect(reasonRequiredToChange({ approval: { state: 'draft' } })).toBe(false);
    expect(reasonRequiredToChange({ approval: { state: 'approved' } })).toBe(true);
    expect(reasonRequiredToChange({ signatures: [{ meaning: 'approved' }] })).toBe(true);
    expect(reasonRequiredToChange({ signatures: [] })).toBe(false);
  });
});
