import { parseMacroConfig } from '../../../../../src/domain/review/macroConfig';

const problems = (config: unknown) => {
  const parsed = parseMacroConfig('findingRegister', config);
  return parsed.ok ? [] : parsed.problems;
};

describe('the finding register macro’s settings', () => {
  it('takes the panel’s flat strings, treating empty as "not set"', () => {
    expect(
      parseMacroConfig('findingRegister', {
        overdueOnly: 'true',
        limit: '25',
        status: '',
        grade: 'minorNC',
        itemId: '9.2',
        from: '2026-01-01',
        to: '2026-03-31',
      }),
    ).toEqual({
      ok: true,
      config: { overdueOnly: true, limit: 25, grade: 'minorNC', itemId: '9.2', from: '2026-01-01', to: '2026-03-31' },
    });
    expect(parseMacroConfig('findingRegister', undefined)).toEqual({ ok: true, config: {} });
  });

  it('names the field and says what is allowed', () => {
    expect(problems({ limit: '0' })).toEqual([{ field: 'limit', message: 'At least 1 row' }]);
    expect(problems({ limit: '501' })).toEqual([
      { field: 'limit', message: 'At most 500 rows (the CSV export has them all)' },
    ]);
    expect(problems({ limit: 'many' })).toEqual([
      { field: 'limit', message: 'The row limit is a whole number from 1 to 500' },
    ]);
    expect(problems({ limit: '2.5' })).toEqual([
      { field: 'limit', message: 'The row limit is a whole number from 1 to 500' },
    ]);
    expect(problems({ grade: 'critical' })).toEqual([
      { field: 'grade', message: 'Choose a grade: majorNC, minorNC, observation or opportunity' },
    ]);
    expect(problems({ status: 'pending' })).toEqual([
      { field: 'status', message: 'Show open, closed or all findings' },
    ]);
    expect(problems({ overdueOnly: 'yes' })).toEqual([
      { field: 'overdueOnly', message: 'Overdue only is true or false' },
    ]);
    expect(problems({ itemId: 'A.9.1' })).toEqual([
      { field: 'itemId', message: 'Not an ISO/IEC 27001:2022 clause or control' },
    ]);
  });

  it('wants both ends of a period in order, and knows no other setting', () => {
    expect(problems({ from: '2026-01-01' })).toEqual([
      { field: 'to', message: 'Give both ends of the period, or neither for the current cycle' },
    ]);
    expect(problems({ from: '2026-05-01', to: '2026-01-01' })).toEqual([
      { field: 'to', message: 'The period ends before it starts' },
    ]);
    expect(problems({ from: '2026-02-30', to: '2026-03-01' })).toEqual([
      { field: 'from', message: 'Not a real calendar date' },
    ]);
    expect(problems({ colour: 'red' })).toEqual([{ field: 'config', message: 'This macro has no setting "colour"' }]);
  });
});
