import { canClose, canRecordFinding, canTransition } from '../../../src/domain/audits/auditState';

const complete = [
  { itemId: '9.2.2', result: 'conforming' as const },
  { itemId: 'A.8.34', result: 'notAudited' as const, note: 'System decommissioned before the audit' },
];

describe('audit states', () => {
  it.each([
    ['planned', 'inProgress'],
    ['inProgress', 'reporting'],
  ] as const)('moves forward one step: %s → %s', (from, to) => {
    expect(canTransition(from, to)).toEqual({ ok: true });
  });

  it.each([
    ['planned', 'reporting', 'An audit cannot move from planned to reporting: it can only move to in progress'],
    ['planned', 'closed', 'An audit cannot move from planned to closed: it can only move to in progress'],
    ['inProgress', 'closed', 'An audit cannot move from in progress to closed: it can only move to reporting'],
    ['inProgress', 'planned', 'An audit cannot move from in progress to planned: it can only move to reporting'],
    ['closed', 'reporting', 'An audit cannot move from closed to reporting: a closed audit is final'],
    ['closed', 'inProgress', 'An audit cannot move from closed to in progress: a closed audit is final'],
    ['reporting', 'planned', 'An audit cannot move from reporting to planned: it can only move to closed'],
    ['reporting', 'reporting', 'The audit is already reporting'],
  ] as const)('refuses %s → %s', (from, to, reason) => {
    expect(canTransition(from, to, { reason: 'a long enough reason', checklist: complete })).toEqual({
      ok: false,
      reasons: [reason],
    });
  });

  it('goes back from reporting to in progress only with a reason', () => {
    expect(canTransition('reporting', 'inProgress', { reason: 'Auditee supplied new evidence' })).toEqual({ ok: true });
    const refusal = {
      ok: false,
      reasons: ['Going back from reporting to in progress needs a written reason of at least 10 characters'],
    };
    expect(canTransition('reporting', 'inProgress')).toEqual(refusal);
    expect(canTransition('reporting', 'inProgress', { reason: '   redo   ' })).toEqual(refusal);
  });

  it('closes from reporting only with a complete checklist', () => {
    expect(canTransition('reporting', 'closed', { checklist: complete })).toEqual({ ok: true });
    expect(canTransition('reporting', 'closed')).toEqual({
      ok: false,
      reasons: ['Closing an audit needs its checklist'],
    });
    expect(canTransition('reporting', 'closed', { checklist: [{ itemId: '5.1' }] })).toEqual({
      ok: false,
      reasons: ['Line 5.1 has no result'],
    });
  });

  it('records findings only during fieldwork and reporting', () => {
    expect(canRecordFinding('planned')).toBe(false);
    expect(canRecordFinding('inProgress')).toBe(true);
    expect(canRecordFinding('reporting')).toBe(true);
    expect(canRecordFinding('closed')).toBe(false);
  });
});

describe('canClose', () => {
  it('accepts a checklist where every line has a result and not-audited lines say why', () => {
    expect(canClose({ checklist: complete })).toEqual({ ok: true });
  });

  it('names every offending line', () => {
    expect(
      canClose({
        checklist: [
          { itemId: '4.1', result: 'conforming' },
          { itemId: '9.2.2', result: null },
          { itemId: 'A.5.1' },
          { itemId: 'A.8.34', result: 'notAudited' },
          { itemId: 'A.8.8', result: 'notAudited', note: '  n/a  ' },
          { itemId: 'A.7.4', result: 'nonconformity' },
        ],
      }),
    ).toEqual({
      ok: false,
      reasons: [
        'Line 9.2.2 has no result',
        'Line A.5.1 has no result',
        'Line A.8.34 is marked not audited without a note explaining why',
        'Line A.8.8 is marked not audited without a note explaining why',
      ],
      lines: [
        { itemId: '9.2.2', problem: 'noResult' },
        { itemId: 'A.5.1', problem: 'noResult' },
        { itemId: 'A.8.34', problem: 'notAuditedWithoutNote' },
        { itemId: 'A.8.8', problem: 'notAuditedWithoutNote' },
      ],
    });
  });

  it('refuses an empty checklist', () => {
    expect(canClose({ checklist: [] })).toMatchObject({ ok: false, lines: [] });
  });
});
