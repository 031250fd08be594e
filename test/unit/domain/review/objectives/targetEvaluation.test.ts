import { KpiTarget, KpiTargets } from '../../../../../src/domain/review/objectives/kpiTarget';
import { objectiveFulfilment } from '../../../../../src/domain/review/objectives/objectiveFulfilment';
import type { SecurityObjective } from '../../../../../src/domain/review/objectives/securityObjective';
import { targetSentence, targetState } from '../../../../../src/domain/review/objectives/targetEvaluation';

/** A figure against the organisation's target: direction, tolerance band, and no target at all. */
describe('a KPI figure against its target', () => {
  const atLeast90 = { direction: 'atLeast', target: 90, tolerance: 5 } as const;
  const atMost2 = { direction: 'atMost', target: 2, tolerance: 1 } as const;

  it.each([
    [95, 'onTarget'],
    [90, 'onTarget'],
    [87.5, 'withinTolerance'],
    [85, 'withinTolerance'],
    [84.9, 'offTarget'],
    [0, 'offTarget'],
  ] as const)('at least 90, tolerance 5: %d is %s', (figure, state) => {
    expect(targetState(figure, atLeast90)).toBe(state);
  });

  it.each([
    [0, 'onTarget'],
    [2, 'onTarget'],
    [3, 'withinTolerance'],
    [4, 'offTarget'],
  ] as const)('at most 2, tolerance 1: %d is %s', (figure, state) => {
    expect(targetState(figure, atMost2)).toBe(state);
  });

  it('without tolerance, any miss is off target', () => {
    expect(targetState(1, { direction: 'atMost', target: 0, tolerance: 0 })).toBe('offTarget');
    expect(targetState(0, { direction: 'atMost', target: 0, tolerance: 0 })).toBe('onTarget');
  });

  it('says "no target set" without a target, and "no figure" without a figure', () => {
    expect(targetState(42, null)).toBe('noTarget');
    expect(targetState(null, atLeast90)).toBe('noFigure');
    expect(targetSentence('noTarget', null, 'percent')).toBe('No target set');
    expect(targetSentence('withinTolerance', atLeast90, 'percent')).toBe(
      'Within tolerance: at least 90% (tolerance 5%)',
    );
    expect(targetSentence('offTarget', { ...atMost2, tolerance: 0 }, 'count')).toBe('Off target: at most 2');
  });
});

describe('the KPI targets as the programme manager sends them', () => {
  it('refuse a percentage above 100, a negative tolerance and two targets for one KPI, naming the field', () => {
    const over = KpiTarget.safeParse({ kpi: 'caEffectiveness', direction: 'atLeast', target: 120 });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]).toMatchObject({ path: ['target'], message: 'A percentage target is at most 100' });
    const negative = KpiTarget.safeParse({ kpi: 'overdueCas', direction: 'atMost', target: 0, tolerance: -1 });
    expect(negative.error?.issues[0]).toMatchObject({ path: ['tolerance'], message: 'The tolerance is not negative' });
    const twice = KpiTargets.safeParse({
      targets: [
        { kpi: 'overdueCas', direction: 'atMost', target: 0 },
        { kpi: 'overdueCas', direction: 'atMost', target: 1 },
      ],
    });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['targets'] });
  });

  it('take a count target above 100 and fill in no tolerance as 0', () => {
    expect(KpiTarget.parse({ kpi: 'ncClosureTime', direction: 'atMost', target: 120 })).toEqual({
      kpi: 'ncClosureTime',
      direction: 'atMost',
      target: 120,
      tolerance: 0,
    });
  });
});

describe('how far an objective is fulfilled', () => {
  const base = { title: 'Verify corrective actions', ownerId: 'acct-o', ownerName: 'Olu Owner', dueDate: '2026-12-31' };
  const figures = {
    caEffectiveness: { figure: 82, value: '82%', unit: 'percent', title: 'CAs effective at first verification' },
  } as const;

  it('is computed from the KPI it is measured by, for the period', () => {
    const objective: SecurityObjective = {
      ...base,
      status: 'inProgress',
      measure: { kind: 'kpi', kpi: 'caEffectiveness', level: { direction: 'atLeast', target: 85, tolerance: 5 } },
    };
    expect(objectiveFulfilment(objective, figures)).toEqual({
      source: 'computed',
      state: 'withinTolerance',
      measure: 'CAs effective at first verification',
      target: 'at least 85% (tolerance 5%)',
      fulfilment: 'Within tolerance: 82% in the period (computed)',
    });
  });

  it('says when the period has no figure to measure it by', () => {
    const objective: SecurityObjective = {
      ...base,
      status: 'planned',
      measure: { kind: 'kpi', kpi: 'caEffectiveness', level: { direction: 'atLeast', target: 85, tolerance: 0 } },
    };
    const none = { caEffectiveness: { ...figures.caEffectiveness, figure: null, value: '—' } };
    expect(objectiveFulfilment(objective, none)).toMatchObject({
      state: 'noFigure',
      fulfilment: 'No figure in the period to measure it by (computed)',
    });
  });

  it('is the entered result where the app does not measure it', () => {
    const objective: SecurityObjective = {
      ...base,
      status: 'achieved',
      measure: {
        kind: 'entered',
        description: 'Phishing test click rate',
        target: 'under 5%',
        result: '3% in October',
      },
    };
    expect(objectiveFulfilment(objective, {})).toEqual({
      source: 'entered',
      state: null,
      measure: 'Phishing test click rate',
      target: 'under 5%',
      fulfilment: '3% in October (entered)',
    });
    const nothing = { ...objective, measure: { ...objective.measure, result: '' } };
    expect(objectiveFulfilment(nothing, {}).fulfilment).toBe('No result entered yet');
  });
});
