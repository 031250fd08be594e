import { coverage, coverageGaps, type CoverageAudit } from '../../../src/domain/programme/coverage';
import { todayIn } from '../../../src/domain/calendar/timeZone';
import { compareRequirementIds } from '../../../src/domain/catalogue/requirementIds';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cycle = { start: '2026-01-01', end: '2027-01-01' };
const base = { cycle, today: '2026-06-15', timeZone: 'Europe/Dublin' };

const audit = (id: string, change: Partial<CoverageAudit>): CoverageAudit => ({
  id,
  state: 'planned',
  plannedStart: '2026-09-01',
  plannedEnd: '2026-09-05',
  scope: [],
  results: [],
  ...change,
});

describe('requirement id order', () => {
  it('compares numerically, clauses before controls, parents first', () => {
    const ids = ['A.5.10', '10.1', 'A.8.1', '9.3', 'A.5.2', '9.2.2', '4.1', '9.2', 'A.6.1'];
    expect([...ids].sort(compareRequirementIds)).toEqual([
      '4.1',
      '9.2',
      '9.2.2',
      '9.3',
      '10.1',
      'A.5.2',
      'A.5.10',
      'A.6.1',
      'A.8.1',
    ]);
  });
});

describe('coverage', () => {
  it('classifies items as audited, planned or gap and sorts gaps first, then by id', () => {
    const result = coverage({
      ...base,
      requiredItems: ['9.3', '9.2.2', '4.1', 'A.5.10', 'A.5.2', 'A.7.4', '10.2'],
      audits: [
        audit('done', {
          state: 'closed',
          plannedStart: '2026-02-01',
          plannedEnd: '2026-02-03',
          scope: ['4.1', 'A.5.2', 'A.7.4'],
          results: [
            { itemId: '4.1', result: 'conforming' },
            { itemId: 'A.5.2', result: 'nonconformity' },
            { itemId: 'A.7.4', result: 'notAudited' },
          ],
        }),
        audit('next', { scope: ['9.2.2', 'A.5.10'] }),
      ],
    });
    expect(result.items.map((i) => [i.itemId, i.status])).toEqual([
      ['9.3', 'gap'],
      ['10.2', 'gap'],
      ['A.7.4', 'gap'],
      ['9.2.2', 'planned'],
      ['A.5.10', 'planned'],
      ['4.1', 'audited'],
      ['A.5.2', 'audited'],
    ]);
    expect(result.summary).toEqual({ total: 7, audited: 2, planned: 2, gap: 3, willBeMissed: 3, percentAudited: 28.6 });
    expect(coverageGaps(result)).toEqual(['9.3', '10.2', 'A.7.4']);
    expect(result.matrix).toEqual([
      { row: 'clauses', label: 'Clauses 4–10', total: 4, audited: 1, planned: 1, gap: 2, willBeMissed: 2 },
      { row: 'A.5', label: 'A.5 organizational', total: 2, audited: 1, planned: 1, gap: 0, willBeMissed: 0 },
      { row: 'A.6', label: 'A.6 people', total: 0, audited: 0, planned: 0, gap: 0, willBeMissed: 0 },
      { row: 'A.7', label: 'A.7 physical', total: 1, audited: 0, planned: 0, gap: 1, willBeMissed: 1 },
      { row: 'A.8', label: 'A.8 technological', total: 0, audited: 0, planned: 0, gap: 0, willBeMissed: 0 },
    ]);
    expect(result.items.find((i) => i.itemId === '4.1')).toMatchObject({ auditedIn: ['done'], kind: 'clause' });
  });

  it('counts results only once the audit is in reporting or closed', () => {
    const results = [{ itemId: '5.1', result: 'conforming' as const }];
    const run = (state: CoverageAudit['state']) =>
      coverage({
        ...base,
        requiredItems: ['5.1'],
        audits: [audit('a', { state, plannedStart: '2026-06-10', plannedEnd: '2026-06-20', scope: ['5.1'], results })],
      }).items[0]?.status;
    expect(run('inProgress')).toBe('planned');
    expect(run('reporting')).toBe('audited');
    expect(run('closed')).toBe('audited');
  });

  it('forecasts what will be missed across the cycle boundary', () => {
    const result = coverage({
      ...base,
      today: '2026-11-20',
      requiredItems: ['9.2.2', '9.3', 'A.8.34', 'A.5.1', 'A.8.8'],
      audits: [
        // Planned after the cycle ends: does not help this cycle.
        audit('next-cycle', { plannedStart: '2027-01-05', plannedEnd: '2027-01-08', scope: ['9.2.2'] }),
        // Starts inside, ends after the cycle: planned, but too late to close the item.
        audit('straddles', { plannedStart: '2026-12-20', plannedEnd: '2027-01-10', scope: ['A.8.34'] }),
        // Ends on the cycle's last day: in time.
        audit('last-day', { plannedStart: '2026-12-28', plannedEnd: '2026-12-31', scope: ['9.3'] }),
        // Late: planned end passed, still in progress.
        audit('late', { state: 'inProgress', plannedStart: '2026-11-01', plannedEnd: '2026-11-19', scope: ['A.5.1'] }),
        // Last cycle's closed audit: its results do not count now.
        audit('old', {
          state: 'closed',
          plannedStart: '2025-12-01',
          plannedEnd: '2025-12-03',
          results: [{ itemId: 'A.8.8', result: 'conforming' }],
        }),
      ],
    });
    const item = (id: string) => result.items.find((i) => i.itemId === id);
    expect(item('9.2.2')).toMatchObject({ status: 'gap', willBeMissed: true, endsAfterCycleIn: ['next-cycle'] });
    expect(item('A.8.34')).toMatchObject({ status: 'planned', willBeMissed: true, plannedIn: ['straddles'] });
    expect(item('9.3')).toMatchObject({ status: 'planned', willBeMissed: false });
    expect(item('A.5.1')).toMatchObject({ status: 'gap', willBeMissed: true, lateIn: ['late'] });
    expect(item('A.8.8')).toMatchObject({ status: 'gap', willBeMissed: true, auditedIn: [] });
    expect(result.items.map((i) => i.itemId)).toEqual(['9.2.2', 'A.5.1', 'A.8.8', 'A.8.34', '9.3']);
    expect(result.auditsOutsideCycle).toEqual(['next-cycle', 'old']);
    expect(result.summary).toMatchObject({ gap: 3, planned: 2, willBeMissed: 4, audited: 0, percentAudited: 0 });
  });

  it('takes "today" in the programme time zone: near midnight Auckland is already late', () => {
    const now = new Date('2026-06-30T12:30:00Z');
    const request = (timeZone: string) => ({
      cycle,
      timeZone,
      today: todayIn(timeZone, now),
      requiredItems: ['8.1'],
      audits: [
        audit('a', { state: 'inProgress', plannedStart: '2026-06-29', plannedEnd: '2026-06-30', scope: ['8.1'] }),
      ],
    });
    const utc = coverage(request('UTC'));
    const auckland = coverage(request('Pacific/Auckland'));
    expect(utc.asOf).toEqual({ today: '2026-06-30', timeZone: 'UTC' });
    expect(utc.items[0]).toMatchObject({ status: 'planned', willBeMissed: false });
    expect(auckland.asOf).toEqual({ today: '2026-07-01', timeZone: 'Pacific/Auckland' });
    expect(auckland.items[0]).toMatchObject({ status: 'gap', willBeMissed: true, lateIn: ['a'] });
  });

  it('refuses malformed input, naming the field', () => {
    expect(() => coverage({ ...base, requiredItems: ['9.2.2', '9.2.2'], audits: [] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'coverage.requiredItems' }),
    );
    expect(() => coverage({ ...base, requiredItems: ['B.1'], audits: [] })).toThrow(
      expect.objectContaining({ field: 'coverage.requiredItems.0' }),
    );
    expect(() => coverage({ ...base, timeZone: 'Nowhere/Else', requiredItems: [], audits: [] })).toThrow(
      expect.objectContaining({ field: 'coverage.timeZone' }),
    );
    expect(() =>
      coverage({
        ...base,
        requiredItems: [],
        audits: [audit('a', { plannedStart: '2026-09-10', plannedEnd: '2026-09-01' })],
      }),
    ).toThrow(expect.objectContaining({ field: 'coverage.audits.0.plannedEnd' }));
    expect(coverage({ ...base, requiredItems: [], audits: [] }).summary.percentAudited).toBeNull();
  });

  it('property: counts add up, and no item is both audited and a gap', () => {
    const states = ['planned', 'inProgress', 'reporting', 'closed'] as const;
    const results = ['conforming', 'nonconformity', 'observation', 'opportunity', 'notAudited'] as const;
    const universe = [
      ...['4.1', '5.2', '6.1.3', '7.5', '8.2', '9.1', '9.2.2', '9.3', '10.1', '10.2'],
      ...Array.from({ length: 12 }, (_, i) => `A.5.${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `A.6.${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `A.7.${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `A.8.${i + 1}`),
    ];
    const day = (next: () => number) => {
      const d = new Date(Date.UTC(2025, 10, 1) + Math.floor(next() * 500) * 86_400_000);
      return d.toISOString().slice(0, 10);
    };
    const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const requiredItems = universe.filter(() => next() < 0.6);
      const audits: CoverageAudit[] = Array.from({ length: Math.floor(next() * 8) }, (_, i) => {
        const plannedStart = day(next);
        const scope = universe.filter(() => next() < 0.2);
        return {
          id: `audit-${i}`,
          state: pick(next, states),
          plannedStart,
          plannedEnd: new Date(Date.parse(plannedStart) + Math.floor(next() * 20) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          scope,
          results: scope.map((itemId) => ({ itemId, result: pick(next, results) })),
        };
      });
      const result = coverage({ cycle, requiredItems, audits, today: day(next), timeZone: 'UTC' });
      const { total, audited, planned, gap, willBeMissed } = result.summary;
      expect(total).toBe(requiredItems.length);
      expect(audited + planned + gap).toBe(total);
      expect(result.items.map((i) => i.itemId).sort()).toEqual([...requiredItems].sort());
      expect(result.matrix.reduce((sum, row) => sum + row.total, 0)).toBe(total);
      expect(result.matrix.reduce((sum, row) => sum + row.audited + row.planned + row.gap, 0)).toBe(total);
      expect(willBeMissed).toBeGreaterThanOrEqual(gap);
      for (const item of result.items) {
        const isAudited = item.auditedIn.length > 0;
        expect(isAudited).toBe(item.status === 'audited');
        if (item.status === 'gap') expect(item.auditedIn).toEqual([]);
        if (item.status === 'gap') expect(item.willBeMissed).toBe(true);
        if (item.status === 'audited') expect(item.willBeMissed).toBe(false);
      }
      expect(coverageGaps(result)).toHaveLength(gap);
    }
  });
});
