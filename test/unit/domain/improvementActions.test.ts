import {
  actionKindProblem,
  jiraStepFor,
  mayHaveCorrectiveAction,
  mayHaveImprovementAction,
  nextState,
  openingState,
  refusalOf,
} from '../../../src/domain/actions/caLifecycle';
import {
  CorrectiveActionRecord,
  ExtentStep,
  ImplementationStep,
  IsmsChange,
  kindOf,
  otherPlacesProblem,
  titleForPlace,
} from '../../../src/domain/actions/correctiveAction';

const step = (s: 'rootCause' | 'extent' | 'plan' | 'implementation') => ({ kind: 'step' as const, step: s });

/** An action as stored before improvement actions, other places and ISMS changes existed. */
const storedBeforeItem5 = {
  findingIds: ['f-1'],
  auditIds: ['a-1'],
  title: 'Revoke leavers automatically',
  state: 'closed',
  correction: { text: 'Revoked the access', by: 'u-1', at: '2026-01-05T10:00:00.000Z' },
  rootCause: { method: 'fiveWhys', text: 'Manual list', by: 'u-1', at: '2026-01-06T10:00:00.000Z' },
  extent: { text: 'LIMS too', recurElsewhere: true, by: 'u-1', at: '2026-01-06T10:00:00.000Z' },
  plan: { text: 'Automate', ownerId: 'u-1', dueDate: '2026-02-01', by: 'u-1', at: '2026-01-07T10:00:00.000Z' },
  implementation: {
    text: 'Automated',
    evidence: [{ label: 'Change', url: 'https://helix.example/changes/1' }],
    by: 'u-1',
    at: '2026-01-20T10:00:00.000Z',
  },
  planApprovalId: null,
  verificationIds: ['v-1'],
  notEffectiveCount: 0,
  overdueNotifiedOn: null,
  openedBy: 'u-1',
  openedAt: '2026-01-05T10:00:00.000Z',
  closedAt: '2026-03-01T10:00:00.000Z',
};

describe('improvement actions (10.1): their own short lifecycle', () => {
  it('[ISO10.1] an improvement action starts at its plan and closes when its implementation is recorded, with no verification', () => {
    expect(openingState('improvement')).toBe('plan');
    expect(openingState('corrective')).toBe('rootCause');
    expect(refusalOf('plan', step('plan'), 'improvement')).toBeNull();
    expect(nextState('plan', step('plan'), 'improvement')).toBe('implementation');
    expect(refusalOf('implementation', step('implementation'), 'improvement')).toBeNull();
    expect(nextState('implementation', step('implementation'), 'improvement')).toBe('closed');
    // Jira follows: planned while being done, closed when done.
    expect(jiraStepFor({ state: 'implementation', notEffectiveCount: 0 })).toBe('planned');
    expect(jiraStepFor({ state: 'closed', notEffectiveCount: 0 })).toBe('closed');
  });

  it('[ISO10.1] refuses, in words, what belongs to correcting a nonconformity', () => {
    expect(refusalOf('plan', step('rootCause'), 'improvement')).toBe(
      'An improvement action has no root-cause analysis: its steps are the plan and the implementation',
    );
    expect(refusalOf('plan', step('extent'), 'improvement')).toContain('has no extent');
    expect(refusalOf('plan', { kind: 'planApproved' }, 'improvement')).toContain('needs no plan approval');
    expect(refusalOf('implementation', { kind: 'verified', result: 'effective' }, 'improvement')).toContain(
      'no effectiveness verification',
    );
    expect(refusalOf('plan', step('implementation'), 'improvement')).toBe(
      'The next step is the action plan, not the implementation',
    );
    expect(refusalOf('closed', step('implementation'), 'improvement')).toBe(
      'The improvement action is closed: nothing more can be recorded',
    );
    expect(() => nextState('plan', step('implementation'), 'improvement')).toThrow('nextState');
  });

  it('[ISO10.2] a corrective action keeps its full lifecycle (the default kind)', () => {
    expect(nextState('plan', step('plan'))).toBe('planApproval');
    expect(nextState('implementation', step('implementation'), 'corrective')).toBe('verification');
    expect(refusalOf('plan', step('rootCause'))).toBe('The next step is the action plan, not the root-cause analysis');
  });

  it('[ISO10.1] an observation or OFI may get an improvement action, a nonconformity only a corrective one', () => {
    expect(mayHaveImprovementAction('opportunity')).toBe(true);
    expect(mayHaveImprovementAction('observation')).toBe(true);
    expect(mayHaveImprovementAction('majorNC')).toBe(false);
    expect(mayHaveCorrectiveAction('opportunity')).toBe(false);
    expect(actionKindProblem('improvement', 'opportunity')).toBeNull();
    expect(actionKindProblem('corrective', 'observation')).toBeNull();
    expect(actionKindProblem('corrective', 'opportunity')).toBe(
      'An opportunity for improvement has no corrective action: open an improvement action for it (10.1), or a programme manager records that none will be taken',
    );
    expect(actionKindProblem('improvement', 'minorNC')).toBe(
      'A minor nonconformity needs a corrective action verified effective (10.2), not an improvement action',
    );
  });

  it('[ISO10.1] an action stored before improvement actions existed reads as corrective and stays valid', () => {
    const parsed = CorrectiveActionRecord.parse(storedBeforeItem5);
    expect(kindOf(parsed)).toBe('corrective');
    expect(parsed.raisedFrom).toBeUndefined();
    expect(parsed.extent?.otherPlaces).toBeUndefined();
    expect(parsed.implementation?.ismsChanges).toBeUndefined();
    expect(kindOf({ kind: 'improvement' })).toBe('improvement');
  });
});

describe('extent: the other places it could recur (10.2 b)', () => {
  const places = (...names: string[]) =>
    names.map((description) => ({ place: { kind: 'described' as const, description }, openAction: true }));

  it('[ISO10.2b] names other places only on "yes", each once', () => {
    expect(otherPlacesProblem({ recurElsewhere: true, otherPlaces: places('LIMS', 'ERP') })).toBeNull();
    expect(otherPlacesProblem({ recurElsewhere: true })).toBeNull();
    expect(otherPlacesProblem({ recurElsewhere: false, otherPlaces: places('LIMS') })).toEqual({
      field: 'otherPlaces',
      message: 'You answered that it cannot recur elsewhere: name no other places, or answer yes',
    });
    expect(otherPlacesProblem({ recurElsewhere: true, otherPlaces: places('LIMS', 'lims') })).toEqual({
      field: 'otherPlaces.1',
      message: 'This place is named twice',
    });
    const areas = [
      { place: { kind: 'area' as const, areaId: 'area-1' }, openAction: false },
      { place: { kind: 'area' as const, areaId: 'area-1' }, openAction: true },
    ];
    expect(otherPlacesProblem({ recurElsewhere: true, otherPlaces: areas })?.field).toBe('otherPlaces.1');
  });

  it('[ISO10.2b] a place is an area of the register or a described one, and opens an action unless told not to', () => {
    const parsed = ExtentStep.parse({
      text: 'The same manual step exists elsewhere',
      recurElsewhere: true,
      otherPlaces: [
        { place: { kind: 'area', areaId: 'area-2' } },
        { place: { kind: 'described', description: ' ERP ' } },
      ],
    });
    expect(parsed.otherPlaces).toEqual([
      { place: { kind: 'area', areaId: 'area-2' }, openAction: true },
      { place: { kind: 'described', description: 'ERP' }, openAction: true },
    ]);
    const empty = ExtentStep.safeParse({
      text: 'x',
      recurElsewhere: true,
      otherPlaces: [{ place: { kind: 'described', description: '  ' } }],
    });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]).toMatchObject({
      path: ['otherPlaces', 0, 'place', 'description'],
      message: 'Describe the place',
    });
  });

  it('[ISO10.2b] the action for another place is titled for it, within the title limit', () => {
    expect(titleForPlace('Revoke leavers automatically', 'LIMS accounts')).toBe(
      'Revoke leavers automatically (LIMS accounts)',
    );
    const long = titleForPlace('x'.repeat(255), 'ERP');
    expect(long).toHaveLength(255);
    expect(long.endsWith(' (ERP)')).toBe(true);
  });
});

describe('consequences and ISMS changes with the implementation (10.2 a 2, 10.2 e)', () => {
  const implementation = {
    text: 'HR feed revokes VPN within the hour',
    evidence: [{ label: 'Change record', url: 'https://helix.example/changes/881' }],
  };

  it('[ISO10.2a] records how the consequences were dealt with', () => {
    const parsed = ImplementationStep.parse({
      ...implementation,
      consequences: '  Reviewed VPN logs of the leavers  ',
    });
    expect(parsed.consequences).toBe('Reviewed VPN logs of the leavers');
    expect(ImplementationStep.parse(implementation).consequences).toBeUndefined();
  });

  it('[ISO10.2e] records ISMS changes: risk assessment, SoA line, procedure page, other', () => {
    const changes = [
      { kind: 'riskAssessment', description: 'Leaver risk re-rated from high to medium' },
      { kind: 'soaLine', itemId: 'A.5.18', description: 'Access rights: automated revocation added' },
      { kind: 'procedure', title: 'Leaver procedure v3', url: 'https://wiki.example/leavers' },
      { kind: 'other', description: 'HR training on the leaver feed' },
    ];
    const parsed = ImplementationStep.parse({ ...implementation, ismsChanges: changes });
    expect(parsed.ismsChanges?.[0]).toEqual({ ...changes[0], url: null });
    expect(parsed.ismsChanges?.slice(1)).toEqual(changes.slice(1));
  });

  it('[ISO10.2e] refuses an ISMS change that names no real control, no link or no words, saying which field', () => {
    const problem = (change: unknown) => {
      const result = IsmsChange.safeParse(change);
      return result.success ? null : { path: result.error.issues[0]!.path, message: result.error.issues[0]!.message };
    };
    expect(problem({ kind: 'soaLine', itemId: 'A.99.1', description: 'x' })).toEqual({
      path: ['itemId'],
      message: 'There is no such control or clause in the catalogue',
    });
    expect(problem({ kind: 'procedure', title: 'Leavers', url: 'ftp://wiki.example/x' })).toEqual({
      path: ['url'],
      message: 'A link starting http:// or https://',
    });
    expect(problem({ kind: 'other', description: ' ' })).toEqual({
      path: ['description'],
      message: 'Describe the change to the ISMS',
    });
    expect(problem({ kind: 'policy', description: 'x' })?.path).toEqual(['kind']);
  });
});
