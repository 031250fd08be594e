import { describeOwnership, ownershipConflicts } from '../../../src/domain/auditors/ownership';
import { conflictsAfterOverrides } from '../../../src/domain/auditors/impartiality';
import { ProgrammeSettings } from '../../../src/domain/programme/programmeSettings';

const processOwners = [
  { process: 'Audit programme', clauseIds: ['9.2'], ownerId: 'isms' },
  { process: 'Management review', clauseIds: ['9.3'], ownerId: 'isms' },
  { process: 'Risk assessment', clauseIds: ['6.1.2', '8.2'], ownerId: 'risk' },
];
const controlOwners = [
  { controlId: 'A.8.15', ownerId: 'it' },
  { controlId: 'A.8.13', ownerId: null },
];
const scope = ['6.1.2', '8.2', '9.2.1', '9.2.2', '9.3.1', 'A.8.13', 'A.8.15'];

describe('impartiality towards owned controls and processes (9.2.2 b)', () => {
  it('finds the lines of the processes an auditor runs, a parent clause standing for its sub-clauses', () => {
    expect(ownershipConflicts({ auditorId: 'isms', scopeItemIds: scope, controlOwners, processOwners })).toEqual([
      { auditorId: 'isms', itemId: '9.2.1', reason: 'processOwner', process: 'Audit programme' },
      { auditorId: 'isms', itemId: '9.2.2', reason: 'processOwner', process: 'Audit programme' },
      { auditorId: 'isms', itemId: '9.3.1', reason: 'processOwner', process: 'Management review' },
    ]);
  });

  it('finds the controls the SoA gives the auditor, and nothing on a line without an owner', () => {
    expect(ownershipConflicts({ auditorId: 'it', scopeItemIds: scope, controlOwners, processOwners })).toEqual([
      { auditorId: 'it', itemId: 'A.8.15', reason: 'controlOwner', process: null },
    ]);
    expect(ownershipConflicts({ auditorId: 'nobody', scopeItemIds: scope, controlOwners, processOwners })).toEqual([]);
  });

  it('says the conflict in plain words naming the person', () => {
    const [process] = ownershipConflicts({ auditorId: 'risk', scopeItemIds: ['8.2'], processOwners });
    expect(describeOwnership('Aoife Brennan', process!)).toBe('Aoife Brennan runs Risk assessment, which 8.2 examines');
    const [control] = ownershipConflicts({ auditorId: 'it', scopeItemIds: ['A.8.15'], controlOwners });
    expect(describeOwnership('Olu Adeyemi', control!)).toBe(
      'Olu Adeyemi owns control A.8.15 in the Statement of Applicability',
    );
  });

  it('lifts exactly the line a programme manager overrode, not an area or another line', () => {
    const conflicts = ownershipConflicts({ auditorId: 'isms', scopeItemIds: scope, processOwners });
    const override = {
      auditorId: 'isms',
      justification: 'No one else knows the programme well enough',
      approvedBy: 'pm',
      signatureId: 's',
    };
    const left = conflictsAfterOverrides(
      conflicts,
      [
        { ...override, itemId: '9.2.2' },
        { ...override, areaId: '9.2.1' },
      ],
      {
        programmeManagerIds: ['pm'],
      },
    );
    expect(left.map((c) => c.itemId)).toEqual(['9.2.1', '9.3.1']);
  });

  it('keeps programme settings saved before process owners existed valid, and refuses a bad clause by field', () => {
    const settings = {
      organisationName: 'Helix',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1],
    };
    expect(ProgrammeSettings.parse(settings).processOwners).toBeUndefined();
    const bad = ProgrammeSettings.safeParse({
      ...settings,
      processOwners: [{ process: 'Review', clauseIds: ['A.5.1'], ownerId: 'x' }],
    });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['processOwners', 0, 'clauseIds', 0] });
  });
});
