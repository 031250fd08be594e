import {
  canAssign,
  conflictsAfterOverrides,
  ImpartialityOverride,
  impartialityConflicts,
} from '../../../src/domain/auditors/impartiality';

const areas = [
  { id: 'it-ops', ownerId: 'olga', memberIds: ['mo', 'ann'] },
  { id: 'hr', ownerId: 'hal', memberIds: ['ann'] },
  { id: 'dc', ownerId: 'dina', memberIds: [] },
  { id: 'qa', ownerId: 'ann', memberIds: ['ann'] },
];
const override = (change: Partial<ImpartialityOverride> = {}): ImpartialityOverride => ({
  auditorId: 'ann',
  areaId: 'hr',
  justification: 'Only certified auditor with HR payroll system knowledge this quarter',
  approvedBy: 'pm',
  signatureId: 'sig-1',
  ...change,
});

describe('impartiality', () => {
  it('blocks the owner and the members of an area in scope', () => {
    expect(impartialityConflicts({ auditorId: 'olga', areas, scopeAreaIds: ['it-ops', 'dc'] })).toEqual([
      { auditorId: 'olga', areaId: 'it-ops', reason: 'owner' },
    ]);
    expect(canAssign({ auditorId: 'mo', areas, scopeAreaIds: ['it-ops'] })).toEqual({
      ok: false,
      conflicts: [{ auditorId: 'mo', areaId: 'it-ops', reason: 'member' }],
    });
    expect(canAssign({ auditorId: 'mo', areas, scopeAreaIds: ['hr', 'dc'] })).toEqual({ ok: true });
  });

  it('reports one conflict per area, owner before member, in area order', () => {
    expect(
      impartialityConflicts({ auditorId: 'ann', areas, scopeAreaIds: ['qa', 'it-ops', 'hr', 'dc', 'hr'] }),
    ).toEqual([
      { auditorId: 'ann', areaId: 'hr', reason: 'member' },
      { auditorId: 'ann', areaId: 'it-ops', reason: 'member' },
      { auditorId: 'ann', areaId: 'qa', reason: 'owner' },
    ]);
  });

  it('fails closed on an area in scope whose people are unknown', () => {
    expect(() => canAssign({ auditorId: 'mo', areas, scopeAreaIds: ['lab'] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'assignment.scopeAreaIds' }),
    );
  });

  describe('overrides', () => {
    const conflicts = impartialityConflicts({ auditorId: 'ann', areas, scopeAreaIds: ['hr', 'it-ops', 'qa'] });
    const managers = { programmeManagerIds: ['pm'] };

    it('lifts exactly the one conflict it names', () => {
      expect(conflictsAfterOverrides(conflicts, [override()], managers)).toEqual([
        { auditorId: 'ann', areaId: 'it-ops', reason: 'member' },
        { auditorId: 'ann', areaId: 'qa', reason: 'owner' },
      ]);
      // for another auditor, the same area stays blocked
      const mo = impartialityConflicts({ auditorId: 'mo', areas, scopeAreaIds: ['it-ops'] });
      expect(conflictsAfterOverrides(mo, [override({ areaId: 'it-ops' })], managers)).toEqual(mo);
    });

    it.each([
      ['a short justification', { justification: 'needed, sorry' }],
      ['a blank-padded justification', { justification: `   ${'x'.repeat(19)}   ` }],
      ['no signature', { signatureId: '' }],
      ['an approver who is not a programme manager', { approvedBy: 'hal' }],
      ['the auditor approving their own conflict', { approvedBy: 'ann' }],
    ])('lifts nothing with %s', (_, change) => {
      const managersIncludingAnn = { programmeManagerIds: ['pm', 'ann'] };
      expect(conflictsAfterOverrides(conflicts, [override(change)], managersIncludingAnn)).toEqual(conflicts);
    });

    it('validates the override record with its schema', () => {
      expect(ImpartialityOverride.safeParse(override()).success).toBe(true);
      const self = ImpartialityOverride.safeParse(override({ approvedBy: 'ann' }));
      expect(self.success ? null : self.error.issues[0]?.path).toEqual(['approvedBy']);
      expect(ImpartialityOverride.safeParse(override({ justification: 'x'.repeat(20) })).success).toBe(true);
      expect(ImpartialityOverride.safeParse(override({ justification: 'x'.repeat(19) })).success).toBe(false);
    });
  });
});
