import { coverage } from '../../../../src/domain/programme/coverage';
import { CriteriaSetContent } from '../../../../src/domain/criteria/criteriaSet';
import { auditSeenBySet, countedKeys } from '../../../../src/domain/criteria/crossReferences';
import { criteriaSetCoverage } from '../../../../src/domain/criteria/criteriaSetCoverage';
import { isoSetId } from '../../../../src/domain/criteria/criterionRef';

const sop = CriteriaSetContent.parse({
  id: 'sop-cs',
  title: 'Computerised systems SOP',
  requirements: [
    { id: '4.1', title: 'Inventory', text: 'Listed.', group: '4 Governance' },
    { id: '4.2', title: 'Audit trail review', text: 'Reviewed monthly.', group: '4 Governance' },
    { id: '5.1', title: 'Backup', text: 'Backed up daily.', group: '5 Operations' },
  ],
  crossReferences: [
    { requirementId: '4.2', isoId: 'A.8.15' },
    { requirementId: '5.1', isoId: 'A.8.13' },
  ],
});
const cycle = { start: '2026-01-01', end: '2027-01-01' };

describe('cross-references', () => {
  it('let a line citing an SOP section count for the control tied to it, and the reverse', () => {
    expect(countedKeys('sop-cs:4.2', [sop])).toEqual(['A.8.15', 'sop-cs:4.2']);
    expect(countedKeys('A.8.15', [sop])).toEqual(['A.8.15', 'sop-cs:4.2']);
    expect(countedKeys('sop-cs:4.1', [sop])).toEqual(['sop-cs:4.1']);
    expect(countedKeys('9.2', [sop])).toEqual(['9.2']);
  });

  it('leave an ISO-only audit exactly as it was for the ISO set', () => {
    const audit = {
      id: 'a1',
      scope: ['9.2', 'A.8.15'],
      results: [{ itemId: 'A.8.15', result: 'conforming' as const }],
    };
    expect(auditSeenBySet(audit, isoSetId, [sop])).toEqual(audit);
  });

  it('count one line for both sets in coverage', () => {
    const audit = {
      id: 'it-ops',
      state: 'closed' as const,
      plannedStart: '2026-03-02',
      plannedEnd: '2026-03-06',
      scope: ['sop-cs:4.2', 'A.8.13'],
      results: [
        { itemId: 'sop-cs:4.2', result: 'nonconformity' as const },
        { itemId: 'A.8.13', result: 'conforming' as const },
      ],
    };
    const sopCoverage = criteriaSetCoverage({ set: sop, sets: [sop], cycle, audits: [audit], today: '2026-06-15' });
    expect(sopCoverage.items.map((item) => [item.requirementId, item.status, item.auditedIn])).toEqual([
      ['4.1', 'gap', []],
      ['4.2', 'audited', ['it-ops']],
      ['5.1', 'audited', ['it-ops']],
    ]);
    expect(sopCoverage.groups).toEqual([
      { group: '4 Governance', total: 2, audited: 1, planned: 0, gap: 1 },
      { group: '5 Operations', total: 1, audited: 1, planned: 0, gap: 0 },
    ]);
    expect(sopCoverage.summary).toEqual({ total: 3, audited: 2, planned: 0, gap: 1 });

    const iso = coverage({
      cycle,
      today: '2026-06-15',
      timeZone: 'UTC',
      requiredItems: ['A.8.13', 'A.8.15', 'A.8.16'],
      audits: [auditSeenBySet(audit, isoSetId, [sop])],
    });
    expect(iso.items.map((item) => [item.itemId, item.status])).toEqual([
      ['A.8.16', 'gap'],
      ['A.8.13', 'audited'],
      ['A.8.15', 'audited'],
    ]);
  });

  it('counts planned lines of on-time audits of the cycle, not late ones nor other cycles', () => {
    const planned = (id: string, plannedStart: string, plannedEnd: string, scope: string[]) => ({
      id,
      state: 'planned' as const,
      plannedStart,
      plannedEnd,
      scope,
      results: [],
    });
    const result = criteriaSetCoverage({
      set: sop,
      sets: [sop],
      cycle,
      today: '2026-06-15',
      audits: [
        planned('on-time', '2026-09-01', '2026-09-04', ['A.8.15']),
        planned('late', '2026-05-01', '2026-05-04', ['sop-cs:4.1']),
        planned('next-cycle', '2027-02-01', '2027-02-04', ['sop-cs:5.1']),
      ],
    });
    expect(result.items.map((item) => [item.requirementId, item.status, item.plannedIn])).toEqual([
      ['4.1', 'gap', []],
      ['4.2', 'planned', ['on-time']],
      ['5.1', 'gap', []],
    ]);
  });
});
