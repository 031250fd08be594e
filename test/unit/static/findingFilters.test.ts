import type { FindingRegisterRow } from '../../../src/contract/review';
import { filterRegister, noFilter, registerChoices } from '../../../static/review-macro/src/views/findingFilters';

const row = (over: Partial<FindingRegisterRow>): FindingRegisterRow => ({
  findingId: 'f1',
  auditId: 'a1',
  auditTitle: 'IT operations audit',
  source: 'internalAudit',
  sourceTitle: 'Internal audit',
  areaId: 'it',
  areaName: 'IT operations',
  grade: 'minorNC',
  itemId: 'A.8.13',
  itemTitle: 'Information backup',
  raisedOn: '2026-03-02',
  status: 'Open',
  open: true,
  issueKey: 'ISMS-1',
  issueUrl: '/browse/ISMS-1',
  dueDate: '2026-05-01',
  overdue: false,
  daysOverdue: 0,
  ...over,
});

const rows = [
  row({}),
  row({ findingId: 'f2', grade: 'majorNC', overdue: true, daysOverdue: 12 }),
  row({
    findingId: 'f3',
    auditId: 'a2',
    auditTitle: 'HR audit',
    areaId: 'hr',
    areaName: 'HR',
    open: false,
    status: 'Done',
  }),
  row({ findingId: 'f4', itemId: '9.2', itemTitle: 'Internal audit', grade: 'observation' }),
];

const ids = (found: FindingRegisterRow[]) => found.map((r) => r.findingId);

describe('the finding register’s filters on the page', () => {
  it('shows every row with no filter', () => {
    expect(ids(filterRegister(rows, noFilter))).toEqual(['f1', 'f2', 'f3', 'f4']);
  });

  it('filters by audit, area, grade, clause, status and overdue, together', () => {
    expect(ids(filterRegister(rows, { ...noFilter, auditId: 'a2' }))).toEqual(['f3']);
    expect(ids(filterRegister(rows, { ...noFilter, areaId: 'it' }))).toEqual(['f1', 'f2', 'f4']);
    expect(ids(filterRegister(rows, { ...noFilter, grade: 'majorNC' }))).toEqual(['f2']);
    expect(ids(filterRegister(rows, { ...noFilter, itemId: '9.2' }))).toEqual(['f4']);
    expect(ids(filterRegister(rows, { ...noFilter, status: 'closed' }))).toEqual(['f3']);
    expect(ids(filterRegister(rows, { ...noFilter, status: 'open' }))).toEqual(['f1', 'f2', 'f4']);
    expect(ids(filterRegister(rows, { ...noFilter, overdueOnly: true }))).toEqual(['f2']);
    expect(ids(filterRegister(rows, { ...noFilter, areaId: 'it', grade: 'minorNC' }))).toEqual(['f1']);
  });

  it('offers only values that occur, each once, sorted by label', () => {
    const choices = registerChoices(rows);
    expect(choices.audits).toEqual([
      { value: 'a2', label: 'HR audit' },
      { value: 'a1', label: 'IT operations audit' },
    ]);
    expect(choices.items.map((c) => c.value)).toEqual(['9.2', 'A.8.13']);
    expect(choices.grades.map((c) => c.value).sort()).toEqual(['majorNC', 'minorNC', 'observation']);
  });
});
