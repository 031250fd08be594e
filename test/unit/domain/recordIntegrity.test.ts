import { recordBreak, type RecordBesideTrail } from '../../../src/domain/trail/recordIntegrity';
import { bindingHolds } from '../../../src/domain/signing/signatureBinding';
import { recordContentHash } from '../../../src/domain/signing/signature';
import { unappliedBreak, type UnappliedEntry } from '../../../src/domain/trail/unappliedEntries';

const at = '2026-11-24T09:00:00.000Z';
const stored = (over: Partial<RecordBesideTrail> = {}): RecordBesideTrail => ({
  entityType: 'programmeSettings',
  entityId: 'programme',
  version: 2,
  updatedAt: at,
  updatedBy: 'acct-a',
  content: { readable: true, record: { organisationName: 'Helix', workingDays: [1, 2] } },
  entry: { seq: 7, action: 'update', at, actor: 'acct-a', after: { workingDays: [1, 2], organisationName: 'Helix' } },
  ...over,
});

describe('a stored record against the trail entry for its version', () => {
  it('matches when content (in any key order), author and time are what the trail recorded', () => {
    expect(recordBreak(stored())).toBeNull();
  });

  it('[P11.10c] [A11.8] names a record whose content changed, with type, id and version', () => {
    const changed = stored({
      content: { readable: true, record: { organisationName: 'Tampered Ltd', workingDays: [1, 2] } },
    });
    expect(recordBreak(changed)).toEqual({
      seq: 7,
      kind: 'record',
      message:
        'Record programmeSettings programme version 2 was changed outside the app: it differs from trail entry 7',
      record: { entityType: 'programmeSettings', entityId: 'programme', entityVersion: 2 },
    });
  });

  it('[P11.10c] names a record with no trail entry, one the trail deleted, one that no longer parses, and a rewritten author', () => {
    expect(recordBreak(stored({ entry: null }))?.message).toMatch(/has no trail entry/);
    expect(recordBreak(stored({ entry: { ...stored().entry!, action: 'delete' } }))?.message).toMatch(
      /trail entry 7 recorded its deletion/,
    );
    expect(
      recordBreak(stored({ content: { readable: false, problem: 'its stored content cannot be read' } }))?.message,
    ).toMatch(/changed outside the app: its stored content cannot be read/);
    expect(recordBreak(stored({ updatedBy: 'mallory' }))?.message).toMatch(/who changed it and when differ/);
  });
});

describe('a signature binding', () => {
  const content = { organisationName: 'Helix' };
  const signature = { recordVersion: 2, contentHash: recordContentHash(content) };
  const intactRow = { version: 2, matchesTrail: true };

  it('holds while the trail is the signed content and the current record is what the trail recorded', () => {
    expect(bindingHolds(signature, { after: content }, intactRow)).toBe(true);
  });

  it('[P11.70] breaks when the current record was changed outside the app, or the trail differs from what was signed', () => {
    expect(bindingHolds(signature, { after: content }, { version: 2, matchesTrail: false })).toBe(false);
    expect(bindingHolds(signature, { after: { organisationName: 'Other' } }, intactRow)).toBe(false);
    expect(bindingHolds(signature, undefined, intactRow)).toBe(false);
  });

  it('for a superseded signature, rests on the trail copy of the signed version', () => {
    expect(bindingHolds(signature, { after: content }, { version: 3, matchesTrail: false })).toBe(true);
  });
});

describe("a record's newest trail entry that its row does not show", () => {
  const entry = (over: Partial<UnappliedEntry> = {}): UnappliedEntry => ({
    seq: 9,
    entityType: 'finding',
    entityId: 'f1',
    entityVersion: 3,
    action: 'update',
    rowVersion: 2,
    ...over,
  });

  it('is a write in progress while the repair sweep has not passed it', () => {
    expect(unappliedBreak(entry(), 8)).toBeNull();
    expect(unappliedBreak(entry({ action: 'create', entityVersion: 1, rowVersion: null }), 0)).toBeNull();
    expect(unappliedBreak(entry({ action: 'delete' }), 0)).toBeNull();
  });

  it('[P11.10c] [A11.8] names a record deleted or set back outside the app', () => {
    expect(unappliedBreak(entry(), 9)?.message).toBe(
      'Record finding f1 is stored at version 2, but trail entry 9 recorded version 3: it was set back outside the app',
    );
    expect(unappliedBreak(entry({ rowVersion: 1 }), 0)?.message).toMatch(/set back outside the app/);
    expect(unappliedBreak(entry({ rowVersion: null }), 0)?.message).toBe(
      'Record finding f1 is missing from the store, but trail entry 9 recorded version 3: it was deleted outside the app',
    );
    expect(unappliedBreak(entry({ action: 'delete' }), 9)?.message).toMatch(
      /trail entry 9 deleted it: it was put back/,
    );
  });

  it('leaves a row ahead of its trail to the record check (it has no entry for its version)', () => {
    expect(unappliedBreak(entry({ rowVersion: 5 }), 9)).toBeNull();
  });
});
