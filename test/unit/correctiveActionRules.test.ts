import { jiraStepFor, mayHaveCorrectiveAction, nextState, refusalOf } from '../../src/domain/actions/caLifecycle';
import { independenceProblems } from '../../src/domain/actions/independence';
import { actionOverdue, daysOverdue, planOverdue } from '../../src/domain/actions/overdueRules';
import { CaVerificationRecord } from '../../src/domain/actions/caVerification';

describe('the corrective-action state machine', () => {
  it('takes the steps in order, root cause to verification', () => {
    let state = 'rootCause' as Parameters<typeof nextState>[0];
    for (const step of ['rootCause', 'extent', 'plan'] as const) {
      expect(refusalOf(state, { kind: 'step', step })).toBeNull();
      state = nextState(state, { kind: 'step', step });
    }
    expect(state).toBe('planApproval');
    // [ISO10.2] implementation never starts on a plan nobody approved.
    expect(refusalOf(state, { kind: 'step', step: 'implementation' })).toContain('waits for approval');
    state = nextState(state, { kind: 'planApproved' });
    expect(refusalOf(state, { kind: 'planApproved' })).toContain('not for plan approval');
    state = nextState(state, { kind: 'step', step: 'implementation' });
    expect(state).toBe('verification');
    expect(nextState('verification', { kind: 'verified', result: 'effective' })).toBe('closed');
    expect(nextState('verification', { kind: 'verified', result: 'notEffective' })).toBe('plan');
  });

  it('refuses a step out of order, saying which comes next', () => {
    expect(refusalOf('rootCause', { kind: 'step', step: 'plan' })).toBe(
      'The next step is the root-cause analysis, not the action plan',
    );
    expect(refusalOf('verification', { kind: 'step', step: 'implementation' })).toMatch(/waits for its effectiveness/);
    expect(refusalOf('plan', { kind: 'verified', result: 'effective' })).toMatch(/action plan, not for verification/);
    expect(refusalOf('closed', { kind: 'step', step: 'rootCause' })).toMatch(/closed/);
    expect(() => nextState('extent', { kind: 'step', step: 'implementation' })).toThrow(/nextState/);
  });

  it('maps states to Jira steps: planned until implemented, back to planned when not effective', () => {
    expect(jiraStepFor({ state: 'rootCause', notEffectiveCount: 0 })).toBeNull();
    expect(jiraStepFor({ state: 'plan', notEffectiveCount: 0 })).toBeNull();
    expect(jiraStepFor({ state: 'implementation', notEffectiveCount: 0 })).toBe('planned');
    expect(jiraStepFor({ state: 'verification', notEffectiveCount: 0 })).toBe('verification');
    expect(jiraStepFor({ state: 'plan', notEffectiveCount: 1 })).toBe('planned');
    expect(jiraStepFor({ state: 'closed', notEffectiveCount: 1 })).toBe('closed');
  });

  it('allows actions for nonconformities and observations, not for opportunities', () => {
    expect(
      ['majorNC', 'minorNC', 'observation', 'opportunity'].map((g) => mayHaveCorrectiveAction(g as never)),
    ).toEqual([true, true, true, false]);
  });
});

describe('independence of the verifier', () => {
  it('names the implementer and the assignee', () => {
    expect(independenceProblems({ verifierId: 'a', implementerId: 'a', assigneeId: 'a' })).toEqual([
      'implementer',
      'assignee',
    ]);
    expect(independenceProblems({ verifierId: 'b', implementerId: 'a', assigneeId: null })).toEqual([]);
    expect(independenceProblems({ verifierId: 'b', implementerId: 'a', assigneeId: 'b' })).toEqual(['assignee']);
  });

  it('is also enforced by the stored verification record', () => {
    const base = {
      correctiveActionId: 'ca_1',
      round: 1,
      result: 'effective',
      note: 'Sampled three restores',
      verifierId: 'v',
      implementerId: 'i',
      assigneeId: null,
      verifiedAt: '2026-11-24T10:00:00Z',
    };
    expect(CaVerificationRecord.parse(base).verifiedAction).toBeNull();
    expect(CaVerificationRecord.safeParse({ ...base, verifierId: 'i' }).success).toBe(false);
    expect(CaVerificationRecord.safeParse({ ...base, assigneeId: 'v' }).success).toBe(false);
  });
});

describe('overdue rules (today passed in)', () => {
  const plan = { text: 'x', ownerId: 'o', dueDate: '2026-11-20', by: 'o', at: '2026-11-01T00:00:00Z' };
  it('counts whole days past the due date', () => {
    expect(daysOverdue('2026-11-20', '2026-11-24')).toBe(4);
    expect(daysOverdue('2026-11-24', '2026-11-24')).toBe(0);
    expect(daysOverdue('2026-11-30', '2026-11-24')).toBe(0);
  });
  it('an action is overdue only while it waits for implementation', () => {
    expect(actionOverdue({ state: 'implementation', plan }, '2026-11-24')).toEqual({
      dueDate: '2026-11-20',
      daysOverdue: 4,
    });
    expect(actionOverdue({ state: 'verification', plan }, '2026-11-24')).toBeNull();
    expect(actionOverdue({ state: 'implementation', plan }, '2026-11-20')).toBeNull();
  });
  it('a plan is overdue when its policy date passed and no action has a plan', () => {
    expect(planOverdue('2026-11-10', false, '2026-11-24')).toEqual({ dueDate: '2026-11-10', daysOverdue: 14 });
    expect(planOverdue('2026-11-10', true, '2026-11-24')).toBeNull();
    expect(planOverdue(null, false, '2026-11-24')).toBeNull();
  });
});

describe('who may verify effectiveness (10.2 d)', () => {
  const base = { verifierId: 'v', implementerId: 'i', assigneeId: 'a' };

  it('[ISO10.2] refuses the plan owner, a person of the area concerned and a verifier without a valid certificate', () => {
    expect(independenceProblems({ ...base, planOwnerId: 'v' })).toEqual(['planOwner']);
    expect(independenceProblems({ ...base, areaPeople: ['owner', 'v'] })).toEqual(['areaPerson']);
    expect(independenceProblems({ ...base, qualified: false })).toEqual(['unqualified']);
    expect(
      independenceProblems({
        verifierId: 'v',
        implementerId: 'v',
        assigneeId: null,
        planOwnerId: 'v',
        qualified: false,
      }),
    ).toEqual(['implementer', 'planOwner', 'unqualified']);
  });

  it('[ISO10.2] accepts a qualified auditor from outside the area who had no part in the action', () => {
    expect(
      independenceProblems({ ...base, planOwnerId: 'p', areaPeople: ['owner', 'member'], qualified: true }),
    ).toEqual([]);
  });
});
