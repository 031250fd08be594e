import {
  programmeSchedule,
  scheduleBar,
  type ScheduledAuditInput,
} from '../../../../../src/domain/review/schedule/programmeSchedule';

const today = '2026-06-15';
const audit = (change: Partial<ScheduledAuditInput>): ScheduledAuditInput => ({
  auditId: 'a1',
  title: 'IT operations audit',
  state: 'planned',
  plannedStart: '2026-07-06',
  plannedEnd: '2026-07-10',
  reportedOn: null,
  ...change,
});

describe('an audit on the programme schedule', () => {
  it('is planned before fieldwork, saying when it starts', () => {
    expect(scheduleBar(audit({}), today)).toMatchObject({
      status: 'planned',
      note: 'Planned 2026-07-06 to 2026-07-10, starts in 21 days',
    });
    expect(scheduleBar(audit({ plannedStart: today, plannedEnd: '2026-06-19' }), today).note).toMatch(/starts today$/);
    // Due to start already, but its planned end is still ahead: not late yet.
    expect(scheduleBar(audit({ plannedStart: '2026-06-10', plannedEnd: '2026-06-19' }), today)).toMatchObject({
      status: 'planned',
      note: 'Planned 2026-06-10 to 2026-06-19, was due to start 2026-06-10',
    });
  });

  it('is in progress during fieldwork up to and including its planned end', () => {
    expect(scheduleBar(audit({ state: 'inProgress', plannedStart: '2026-06-08', plannedEnd: today }), today)).toEqual(
      expect.objectContaining({ status: 'inProgress', note: 'In progress, planned to end 2026-06-15' }),
    );
  });

  it('is late from the day after its planned end until it reaches reporting', () => {
    expect(
      scheduleBar(audit({ state: 'inProgress', plannedStart: '2026-05-25', plannedEnd: '2026-05-31' }), today),
    ).toMatchObject({ status: 'late', note: 'Planned to end 2026-05-31, still in progress (15 days late)' });
    expect(scheduleBar(audit({ plannedStart: '2026-06-08', plannedEnd: '2026-06-14' }), today)).toMatchObject({
      status: 'late',
      note: 'Planned to end 2026-06-14, not started (1 day late)',
    });
  });

  it('is done once reporting or closed, saying whether it was reported by its planned end', () => {
    const done = { plannedStart: '2026-03-02', plannedEnd: '2026-03-06' };
    expect(scheduleBar(audit({ ...done, state: 'reporting', reportedOn: '2026-03-06' }), today)).toMatchObject({
      status: 'done',
      note: 'Done (reported on 2026-03-06, by its planned end)',
    });
    expect(scheduleBar(audit({ ...done, state: 'closed', reportedOn: '2026-03-09' }), today)).toMatchObject({
      status: 'done',
      note: 'Done (closed; reported on 2026-03-09, 3 days after its planned end 2026-03-06)',
    });
    expect(scheduleBar(audit({ ...done, state: 'closed' }), today).note).toBe(
      'Done (closed; reporting date not recorded)',
    );
  });

  it('shows a cancelled audit as cancelled, with the day and the reason', () => {
    expect(
      scheduleBar(audit({ cancelled: { on: '2026-04-02', reason: 'Area merged into IT operations' } }), today),
    ).toMatchObject({ status: 'cancelled', note: 'Cancelled on 2026-04-02: Area merged into IT operations' });
  });

  it('orders the cycle’s audits by planned start, then end, then title', () => {
    const bars = programmeSchedule(
      [
        audit({ auditId: 'c', title: 'B', plannedStart: '2026-07-06', plannedEnd: '2026-07-10' }),
        audit({ auditId: 'a', title: 'Z', plannedStart: '2026-02-01', plannedEnd: '2026-02-03' }),
        audit({ auditId: 'b', title: 'A', plannedStart: '2026-07-06', plannedEnd: '2026-07-10' }),
        audit({ auditId: 'd', title: 'A', plannedStart: '2026-07-06', plannedEnd: '2026-07-08' }),
      ],
      today,
    );
    expect(bars.map((bar) => bar.auditId)).toEqual(['a', 'd', 'b', 'c']);
    expect(bars[0]).toMatchObject({ status: 'late', reportedOn: null, plannedStart: '2026-02-01' });
  });
});
