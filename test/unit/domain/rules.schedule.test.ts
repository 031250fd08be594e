import { auditsOnSchedulePercent, isLate } from '../../../src/domain/programme/schedule';

describe('late audits', () => {
  const today = '2026-06-15';
  it('is late after its planned end until it reaches reporting', () => {
    expect(isLate({ state: 'inProgress', plannedEnd: '2026-06-14' }, today)).toBe(true);
    expect(isLate({ state: 'planned', plannedEnd: '2026-06-14' }, today)).toBe(true);
    expect(isLate({ state: 'inProgress', plannedEnd: '2026-06-15' }, today)).toBe(false); // end day itself
    expect(isLate({ state: 'reporting', plannedEnd: '2026-01-01' }, today)).toBe(false);
    expect(isLate({ state: 'closed', plannedEnd: '2026-01-01' }, today)).toBe(false);
  });

  it('measures audits on schedule among those due', () => {
    expect(
      auditsOnSchedulePercent(
        [
          { state: 'closed', plannedEnd: '2026-03-01', reportedOn: '2026-02-28' }, // on time
          { state: 'closed', plannedEnd: '2026-03-01', reportedOn: '2026-03-09' }, // reported late
          { state: 'reporting', plannedEnd: '2026-05-01' }, // completed, date unknown: on time
          { state: 'inProgress', plannedEnd: '2026-06-01' }, // late
          { state: 'planned', plannedEnd: '2026-09-01' }, // not due yet: not counted
          { state: 'inProgress', plannedEnd: '2026-06-15' }, // due today, not late yet: not counted
        ],
        today,
      ),
    ).toBe(50);
    expect(
      auditsOnSchedulePercent(
        [
          { state: 'closed', plannedEnd: '2026-03-01' },
          { state: 'planned', plannedEnd: '2026-01-01' },
          { state: 'closed', plannedEnd: '2026-03-01' },
        ],
        today,
      ),
    ).toBe(66.7);
  });

  it('has no figure when nothing is due yet', () => {
    expect(auditsOnSchedulePercent([], today)).toBeNull();
    expect(auditsOnSchedulePercent([{ state: 'planned', plannedEnd: '2026-07-01' }], today)).toBeNull();
  });
});
