import { reconciliationScope, updatedWindowMinutes } from '../../../../src/domain/jira/reconciliationScope';

const state = (lastRunStartedAt: string | null, lastFullSweepAt?: string | null) => ({
  lastRunStartedAt,
  lastRunFinishedAt: lastRunStartedAt,
  lastRepairs: 0,
  ...(lastFullSweepAt === undefined ? {} : { lastFullSweepAt }),
});
const at = (iso: string) => new Date(iso);

describe('what a reconciliation run looks at', () => {
  it('fetches every mapped issue on the first run', () => {
    expect(reconciliationScope(null, at('2026-12-07T10:00:00Z'))).toBe('first');
    expect(reconciliationScope(state(null), at('2026-12-07T10:00:00Z'))).toBe('first');
  });

  it('sweeps in full once after an upgrade from runs that kept no sweep time', () => {
    expect(reconciliationScope(state('2026-12-07T09:00:00Z'), at('2026-12-07T10:00:00Z'))).toBe('daily');
  });

  it('looks at changed issues only until a day has passed since the last full sweep', () => {
    const s = state('2026-12-07T09:00:00Z', '2026-12-06T10:00:00Z');
    expect(reconciliationScope(s, at('2026-12-07T09:49:00Z'))).toBe('changed');
    // An hourly trigger that fires a few minutes early does not put the sweep off a day.
    expect(reconciliationScope(s, at('2026-12-07T09:55:00Z'))).toBe('daily');
    expect(reconciliationScope(s, at('2026-12-07T10:00:00Z'))).toBe('daily');
  });

  it('reaches back to the last run start, less ten minutes for clock skew and index lag', () => {
    expect(updatedWindowMinutes('2026-12-07T09:00:00Z', at('2026-12-07T10:00:30Z'))).toBe(71);
    // A clock that went backwards never gives a negative window.
    expect(updatedWindowMinutes('2026-12-07T10:05:00Z', at('2026-12-07T10:00:00Z'))).toBe(10);
  });
});
