import { isRepeatFinding, repeatedFindings } from '../../../src/domain/audits/repeatFindings';

const finding = (raisedOn: string, change: Partial<{ id: string; itemId: string; areaId: string }> = {}) => ({
  itemId: 'A.8.13',
  areaId: 'it-ops',
  raisedOn,
  ...change,
});

describe('repeat findings', () => {
  const today = finding('2027-03-15', { id: 'new' });

  it('counts the same item and area within 12 calendar months, inclusive', () => {
    expect(isRepeatFinding(today, [finding('2026-03-15')])).toBe(true); // exactly 12 months
    expect(isRepeatFinding(today, [finding('2026-03-14')])).toBe(false); // one day more
    expect(isRepeatFinding(today, [finding('2027-03-15', { id: 'other' })])).toBe(true); // same day
  });

  it('needs the same clause/control and the same area', () => {
    expect(isRepeatFinding(today, [finding('2026-12-01', { itemId: 'A.8.14' })])).toBe(false);
    expect(isRepeatFinding(today, [finding('2026-12-01', { areaId: 'hr' })])).toBe(false);
  });

  it('ignores later findings and the finding itself', () => {
    expect(isRepeatFinding(today, [finding('2027-03-16')])).toBe(false);
    expect(isRepeatFinding(today, [finding('2027-03-15', { id: 'new' })])).toBe(false);
  });

  it('clamps the window at month end (29 February looks back to 28 February)', () => {
    expect(isRepeatFinding(finding('2028-02-29'), [finding('2027-02-28')])).toBe(true);
    expect(isRepeatFinding(finding('2028-02-29'), [finding('2027-02-27')])).toBe(false);
    expect(isRepeatFinding(finding('2027-03-31'), [finding('2026-03-31')])).toBe(true);
  });

  it('lists the repeated findings oldest first', () => {
    const previous = [
      finding('2026-11-02', { id: 'b' }),
      finding('2025-01-01', { id: 'too-old' }),
      finding('2026-04-01', { id: 'a' }),
    ];
    expect(repeatedFindings(today, previous).map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('rejects a malformed date, naming the finding', () => {
    expect(() => isRepeatFinding(today, [finding('2026-02-30')])).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'previous.0.raisedOn' }),
    );
  });
});
