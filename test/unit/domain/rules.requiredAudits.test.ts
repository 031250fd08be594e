import { requiredAudits, type AuditForRequiredAudits } from '../../../src/domain/programme/requiredAudits';
import { defaultFrequencyPolicy } from '../../../src/domain/programme/riskFrequency';

const cycle = { start: '2026-01-01', end: '2027-01-01' };
// Default policy: high every 6 months (2 a year), medium every 12 (1), low every 24 (at least 1).
const areas = [
  { id: 'it', name: 'IT operations', likelihood: 4, impact: 4, majorNcInLastCycle: false }, // 16: high
  { id: 'hr', name: 'People', likelihood: 3, impact: 3, majorNcInLastCycle: false }, // 9: medium
  { id: 'fac', name: 'Facilities', likelihood: 2, impact: 2, majorNcInLastCycle: true }, // 4: low, raised to medium
];
const audit = (areaId: string, state: AuditForRequiredAudits['state'], plannedStart: string, plannedEnd: string) => ({
  areaIds: [areaId],
  state,
  plannedStart,
  plannedEnd,
});
const check = (audits: AuditForRequiredAudits[], today: string) =>
  requiredAudits({ cycle, cycleLengthMonths: 12, areas, audits, policy: defaultFrequencyPolicy, today });

describe('[ISO9.2.2] required audits by risk in the cycle', () => {
  it('asks each area for ceil(cycle ÷ interval) audits by its effective risk', () => {
    const lines = check([], '2026-02-01');
    expect(lines.map((l) => [l.areaId, l.risk, l.intervalMonths, l.required])).toEqual([
      ['it', 'high', 6, 2],
      ['hr', 'medium', 12, 1],
      ['fac', 'medium', 12, 1],
    ]);
    expect(lines.every((l) => l.status === 'short' && l.warning !== null)).toBe(true);
  });

  it('is met by reported audits, on track with audits still planned in time, and warns while it can still be planned', () => {
    const lines = check(
      [
        audit('it', 'closed', '2026-02-02', '2026-02-04'),
        audit('it', 'planned', '2026-08-03', '2026-08-05'),
        audit('hr', 'reporting', '2026-03-02', '2026-03-03'),
        // Late and not reported: counts for nothing, and the warning says so.
        audit('fac', 'inProgress', '2026-04-06', '2026-04-08'),
      ],
      '2026-06-15',
    );
    expect(lines.map((l) => [l.areaId, l.completed, l.stillPlanned, l.late, l.status])).toEqual([
      ['it', 1, 1, 0, 'onTrack'],
      ['hr', 1, 0, 0, 'met'],
      ['fac', 0, 0, 1, 'short'],
    ]);
    expect(lines[2]!.warning).toBe(
      'Facilities: medium risk needs 1 audit this cycle (every 12 months); 0 reported and 0 planned in time; ' +
        '1 late audit not reported yet: plan 1 more audit to end by 2026-12-31',
    );
    expect(lines[0]!.warning).toBeNull();
  });

  it('counts neither audits of other cycles nor audits planned to end after the cycle', () => {
    const lines = check(
      [
        audit('hr', 'closed', '2025-11-03', '2025-11-05'), // last cycle
        audit('hr', 'planned', '2026-12-28', '2027-01-04'), // runs past the cycle's end
      ],
      '2026-06-15',
    );
    expect(lines[1]).toMatchObject({ completed: 0, stillPlanned: 0, status: 'short' });
  });

  it('counts an audit for every area in its scope', () => {
    const lines = check(
      [{ ...audit('hr', 'closed', '2026-05-04', '2026-05-06'), areaIds: ['hr', 'fac'] }],
      '2026-06-15',
    );
    expect(lines.slice(1).map((l) => l.status)).toEqual(['met', 'met']);
  });
});
