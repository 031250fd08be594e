import { printedName } from '../../../src/domain/people/printedName';
import { previousActionRows } from '../../../src/app/review/inputs/previousActions';
import { enteredStamp } from '../../../src/app/review/inputs/enteredSections';

const stored = <T>(id: string, record: T) => ({
  id,
  version: 2,
  record,
  createdAt: '2026-07-10T10:00:00.000Z',
  updatedAt: '2026-07-11T10:00:00.000Z',
  updatedBy: 'acct-manager',
});

describe('names on the records the macros print', () => {
  it('prints the name stored with the record; an older record without one says so beside the account', () => {
    expect(printedName('Aoife Brennan', 'acct-manager')).toBe('Aoife Brennan');
    expect(printedName(undefined, 'acct-manager')).toBe('Account acct-manager (name not recorded)');
    expect(printedName('  ', 'acct-manager')).toBe('Account acct-manager (name not recorded)');
  });

  it('an entered input says who entered it by name, never by the bare account id', () => {
    const input = { reviewId: 'r', kind: 'issuesChanges' as const, summary: 'NIS2', entries: [] };
    expect(enteredStamp(stored('r:issuesChanges', { ...input, enteredByName: 'Aoife Brennan' }))).toEqual({
      version: 2,
      updatedAt: '2026-07-11T10:00:00.000Z',
      updatedByName: 'Aoife Brennan',
    });
    expect(enteredStamp(stored('r:issuesChanges', input))!.updatedByName).toBe(
      'Account acct-manager (name not recorded)',
    );
  });

  it('a previous review’s decision names its owner as recorded with the decision', () => {
    const decision = {
      reviewId: 'review_1',
      number: 1,
      type: 'other' as const,
      text: 'Fund restore tests',
      ownerId: 'acct-owner',
      dueDate: '2026-12-01',
      recordedBy: 'acct-manager',
      recordedAt: '2026-07-10T10:00:00.000Z',
    };
    const rows = previousActionRows(
      [
        stored('review_1:d1', { ...decision, ownerName: 'Ciara Walsh' }),
        stored('review_1:d2', { ...decision, number: 2 }),
      ],
      new Map(),
      '2026-11-24',
    );
    expect(rows.map((r) => [r.ownerId, r.ownerName])).toEqual([
      ['acct-owner', 'Ciara Walsh'],
      ['acct-owner', 'Account acct-owner (name not recorded)'],
    ]);
  });
});
