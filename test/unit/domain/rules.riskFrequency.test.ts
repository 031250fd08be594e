import { Failure } from '../../../src/domain/failure';
import {
  defaultFrequencyPolicy,
  effectiveRisk,
  FrequencyPolicy,
  proposeSchedule,
  riskLevel,
  type AreaRisk,
  type ProposedAudit,
} from '../../../src/domain/programme/riskFrequency';

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

const monthlyLoad = (audits: readonly ProposedAudit[]) => {
  const load = new Map<string, number>();
  for (const audit of audits) load.set(audit.plannedStart, (load.get(audit.plannedStart) ?? 0) + 1);
  return load;
};

describe('riskLevel', () => {
  it.each([
    [1, 1, 'low'],
    [1, 5, 'low'], // 5
    [2, 3, 'low'], // 6
    [2, 4, 'medium'], // 8: the medium threshold itself
    [3, 4, 'medium'], // 12
    [2, 5, 'medium'], // 10
    [3, 5, 'high'], // 15: the high threshold itself
    [4, 4, 'high'], // 16
    [5, 5, 'high'],
  ] as const)('%i × %i is %s by default', (likelihood, impact, level) => {
    expect(riskLevel(likelihood, impact)).toBe(level);
  });
  it('uses configured thresholds', () => {
    expect(riskLevel(3, 4, { high: 12, medium: 6 })).toBe('high');
    expect(riskLevel(2, 3, { high: 12, medium: 6 })).toBe('medium');
  });
  it.each([
    [0, 3],
    [6, 3],
    [2.5, 3],
    [3, 0],
  ])('refuses ratings outside 1–5 (%p × %p)', (l, i) => {
    expect(() => riskLevel(l, i)).toThrow(Failure);
  });
});

describe('FrequencyPolicy', () => {
  it('defaults to 6 / 12 / 24 months, thresholds 15 / 8 and raising on a major NC', () => {
    expect(FrequencyPolicy.parse({})).toEqual({
      intervalMonths: { high: 6, medium: 12, low: 24 },
      thresholds: { high: 15, medium: 8 },
      raiseOnMajorNc: true,
    });
    expect(FrequencyPolicy.parse({ intervalMonths: { high: 3 } }).intervalMonths).toEqual({
      high: 3,
      medium: 12,
      low: 24,
    });
  });
  it('rejects inverted intervals and thresholds', () => {
    expect(FrequencyPolicy.safeParse({ intervalMonths: { high: 12, medium: 6 } }).success).toBe(false);
    expect(FrequencyPolicy.safeParse({ thresholds: { high: 8, medium: 8 } }).success).toBe(false);
    expect(FrequencyPolicy.safeParse({ intervalMonths: { low: 0 } }).success).toBe(false);
  });
});

describe('effectiveRisk', () => {
  it('raises one level after a major NC in the last cycle; high stays high', () => {
    expect(effectiveRisk({ likelihood: 1, impact: 2 }, { majorNcInLastCycle: true })).toBe('medium');
    expect(effectiveRisk({ likelihood: 3, impact: 3 }, { majorNcInLastCycle: true })).toBe('high');
    expect(effectiveRisk({ likelihood: 5, impact: 5 }, { majorNcInLastCycle: true })).toBe('high');
    expect(effectiveRisk({ likelihood: 3, impact: 3 }, { majorNcInLastCycle: false })).toBe('medium');
  });
  it('does not raise when the policy says not to', () => {
    const policy = { ...defaultFrequencyPolicy, raiseOnMajorNc: false };
    expect(effectiveRisk({ likelihood: 1, impact: 2 }, { majorNcInLastCycle: true }, policy)).toBe('low');
  });
});

describe('proposeSchedule', () => {
  const cycle = { start: '2026-01-01', lengthMonths: 12 as const };
  const area = (id: string, likelihood: number, impact: number, majorNcInLastCycle = false): AreaRisk => ({
    id,
    likelihood,
    impact,
    majorNcInLastCycle,
  });

  it('audits a high-risk area twice in a 12-month cycle, six months apart, others once', () => {
    const audits = proposeSchedule({ cycle, areas: [area('dc', 4, 4), area('hr', 2, 4), area('canteen', 1, 1)] });
    const of = (id: string) => audits.filter((a) => a.areaId === id);
    expect(of('dc').map((a) => [a.plannedStart, a.plannedEnd])).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2026-07-01', '2026-07-31'],
    ]);
    expect(of('dc')[1]).toMatchObject({ risk: 'high', occurrence: 2, occurrences: 2 });
    expect(of('dc')[0]?.reason).toBe(
      'High risk (likelihood 4 × impact 4 = 16): audit every 6 months, 1 of 2 in this 12-month cycle',
    );
    expect(of('hr')).toHaveLength(1);
    expect(of('canteen')).toHaveLength(1);
    expect(of('canteen')[0]?.reason).toBe(
      'Low risk (likelihood 1 × impact 1 = 1): audit every 24 months; at least once in every cycle',
    );
  });

  it('schedules a raised area at its raised frequency and says why', () => {
    const audits = proposeSchedule({ cycle, areas: [area('payroll', 3, 3, true)] });
    expect(audits).toHaveLength(2);
    expect(audits[0]?.reason).toBe(
      'Medium risk (likelihood 3 × impact 3 = 9), raised to high after a major nonconformity in the last cycle: ' +
        'audit every 6 months, 1 of 2 in this 12-month cycle',
    );
  });

  it('fits a 24-month cycle: high 4 times, medium twice, low once', () => {
    const audits = proposeSchedule({
      cycle: { start: '2026-04-01', lengthMonths: 24 },
      areas: [area('h', 5, 5), area('m', 3, 3), area('l', 1, 1)],
    });
    const starts = (id: string) => audits.filter((a) => a.areaId === id).map((a) => a.plannedStart);
    expect(starts('h')).toEqual(['2026-04-01', '2026-10-01', '2027-04-01', '2027-10-01']);
    expect(starts('m')).toHaveLength(2);
    expect(starts('l')).toHaveLength(1);
    expect(audits.every((a) => a.plannedStart >= '2026-04-01' && a.plannedEnd < '2028-04-01')).toBe(true);
  });

  it('follows a configured policy: high every 4 months is 3 audits, 4 months apart', () => {
    const audits = proposeSchedule({ cycle, areas: [area('dc', 5, 5)], policy: { intervalMonths: { high: 4 } } });
    expect(audits.map((a) => a.plannedStart)).toEqual(['2026-01-01', '2026-05-01', '2026-09-01']);
  });

  it('spreads twelve medium areas one per month', () => {
    const areas = Array.from({ length: 12 }, (_, i) => area(`area-${i}`, 3, 3));
    const load = monthlyLoad(proposeSchedule({ cycle, areas }));
    expect(load.size).toBe(12);
    expect([...load.values()].every((n) => n === 1)).toBe(true);
  });

  it('uses cycle months when the cycle starts mid-month, with contiguous windows clamped at month end', () => {
    const areas = Array.from({ length: 12 }, (_, i) => area(`a${String(i).padStart(2, '0')}`, 3, 3));
    const audits = proposeSchedule({ cycle: { start: '2026-01-31', lengthMonths: 12 }, areas });
    expect(audits.slice(0, 3).map((a) => [a.plannedStart, a.plannedEnd])).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
    ]);
    expect(audits.at(-1)?.plannedEnd).toBe('2027-01-30');
  });

  it('is deterministic: the same areas in any order give the same proposal', () => {
    const next = random(7);
    const areas = Array.from({ length: 30 }, (_, i) =>
      area(`area-${i}`, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5), next() < 0.2),
    );
    const first = proposeSchedule({ cycle, areas });
    const shuffled = [...areas].sort(() => next() - 0.5).reverse();
    expect(proposeSchedule({ cycle, areas: shuffled })).toEqual(first);
    expect(proposeSchedule({ cycle, areas })).toEqual(first);
  });

  it('property: every area at least once, at its frequency, inside the cycle, with a balanced workload', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed);
      const lengthMonths = next() < 0.5 ? 12 : 24;
      const start = `202${Math.floor(next() * 10)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`;
      const areas = Array.from({ length: 1 + Math.floor(next() * 40) }, (_, i) =>
        area(`area-${i}`, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5), next() < 0.15),
      );
      const audits = proposeSchedule({ cycle: { start, lengthMonths }, areas });
      for (const a of areas) {
        const risk = effectiveRisk(a, { majorNcInLastCycle: a.majorNcInLastCycle ?? false });
        const expected = Math.max(1, Math.ceil(lengthMonths / defaultFrequencyPolicy.intervalMonths[risk]));
        expect(audits.filter((p) => p.areaId === a.id)).toHaveLength(expected);
      }
      const [y, m] = start.split('-').map(Number) as [number, number];
      const end = `${y + lengthMonths / 12}-${String(m).padStart(2, '0')}-01`;
      expect(audits.every((p) => p.plannedStart >= start && p.plannedEnd < end)).toBe(true);
      const load = monthlyLoad(audits);
      const counts = Array.from({ length: lengthMonths }, (_, i) => {
        const month = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 10);
        return load.get(month) ?? 0;
      });
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('names the offending field of a bad request', () => {
    expect(() => proposeSchedule({ cycle, areas: [area('x', 1, 1), area('x', 2, 2)] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'schedule.areas' }),
    );
    expect(() => proposeSchedule({ cycle: { start: '2026-02-30', lengthMonths: 12 }, areas: [] })).toThrow(
      expect.objectContaining({ field: 'schedule.cycle.start' }),
    );
    expect(proposeSchedule({ cycle, areas: [] })).toEqual([]);
  });
});
