import { auditsOnSchedule } from '../../../../src/domain/review/kpis/auditsOnSchedule';
import {
  baselineOf,
  isRescheduled,
  withPlanDates,
  type BaselinedAudit,
} from '../../../../src/domain/audits/scheduleBaseline';
import { Failure } from '../../../../src/domain/failure';
import { audit } from '../review/kpis/kpiFixtures';

const planned = (plannedStart: string, plannedEnd: string): BaselinedAudit => ({ plan: { plannedStart, plannedEnd } });
const approved = { programmeApproved: true, today: '2026-03-02', accountId: 'aoife', reason: 'Auditee on leave' };

describe('the schedule baseline', () => {
  it('is the planned dates while they never changed after approval (and for audits stored before baselines)', () => {
    expect(baselineOf(planned('2026-03-01', '2026-03-05'))).toEqual({
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-05',
    });
    expect(isRescheduled(planned('2026-03-01', '2026-03-05'))).toBe(false);
  });

  it('lets a draft programme move its dates freely: no baseline, no reason needed', () => {
    const next = { plannedStart: '2026-04-01', plannedEnd: '2026-04-03' };
    expect(
      withPlanDates(planned('2026-03-01', '2026-03-05'), next, { ...approved, programmeApproved: false, reason: null }),
    ).toEqual({});
  });

  it('keeps the approved dates as the baseline when a date changes after approval, and records why', () => {
    const current = planned('2026-03-01', '2026-03-05');
    const moved = withPlanDates(current, { plannedStart: '2026-04-01', plannedEnd: '2026-04-03' }, approved);
    expect(moved).toEqual({
      baseline: { plannedStart: '2026-03-01', plannedEnd: '2026-03-05' },
      dateChanges: [
        {
          from: { plannedStart: '2026-03-01', plannedEnd: '2026-03-05' },
          to: { plannedStart: '2026-04-01', plannedEnd: '2026-04-03' },
          changedOn: '2026-03-02',
          changedBy: 'aoife',
          reason: 'Auditee on leave',
        },
      ],
    });
    // A second move keeps the first baseline and adds to the list.
    const again = withPlanDates(
      { plan: { plannedStart: '2026-04-01', plannedEnd: '2026-04-03' }, ...moved },
      { plannedStart: '2026-05-04', plannedEnd: '2026-05-06' },
      { ...approved, reason: 'System migration' },
    );
    expect(again.baseline).toEqual({ plannedStart: '2026-03-01', plannedEnd: '2026-03-05' });
    expect(again.dateChanges?.map((c) => c.reason)).toEqual(['Auditee on leave', 'System migration']);
  });

  it('refuses a date change after approval without a reason, naming the field', () => {
    const next = { plannedStart: '2026-04-01', plannedEnd: '2026-04-03' };
    for (const reason of [null, undefined, '   ']) {
      let thrown: unknown;
      try {
        withPlanDates(planned('2026-03-01', '2026-03-05'), next, { ...approved, reason });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Failure);
      expect(thrown).toMatchObject({ field: 'reason' });
    }
  });

  it('changes nothing when the dates stay, even after approval and without a reason', () => {
    const current = { ...planned('2026-03-01', '2026-03-05') };
    expect(withPlanDates(current, current.plan, { ...approved, reason: null })).toEqual({});
  });
});

describe('audits on schedule count against the baseline', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  it('counts an audit moved later and reported after its approved end as late', () => {
    const moved = audit('m', { plannedEnd: '2026-04-30' }, 'closed', '2026-04-20', {
      baseline: { plannedStart: '2026-03-01', plannedEnd: '2026-03-05' },
    });
    const onTime = audit('n', { plannedEnd: '2026-03-20' }, 'closed', '2026-03-20');
    expect(auditsOnSchedule([moved, onTime], period, '2026-05-15')).toEqual({
      due: 2,
      onSchedule: 1,
      notDueYet: 0,
      percent: 50,
    });
  });

  it('counts an audit in the period its baseline ends in', () => {
    const moved = audit('m', { plannedEnd: '2026-07-10' }, 'planned', null, {
      baseline: { plannedStart: '2026-06-01', plannedEnd: '2026-06-05' },
    });
    expect(auditsOnSchedule([moved], period, '2026-06-20')).toMatchObject({ due: 1, onSchedule: 0 });
  });
});
