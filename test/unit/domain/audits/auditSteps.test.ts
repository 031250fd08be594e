import {
  ClosingMeetingContent,
  auditeesNotAcknowledged,
  missingStep,
  noSteps,
  planApproved,
  reportStepBlockers,
  startedBeforeStepsRequired,
  type AuditSteps,
  type StepFacts,
} from '../../../../src/domain/audits/auditSteps';

const ack = (auditeeId: string, auditVersion: number) => ({
  auditeeId,
  auditVersion,
  acknowledgedOn: '2026-11-20',
  acknowledgedAt: '2026-11-20T09:00:00.000Z',
  note: '',
});

const meeting = {
  heldOn: '2026-11-30',
  attendeeIds: ['acct-lead', 'acct-tomas'],
  pointsRaised: 'Scope confirmed; the server room visit moves to Tuesday.',
  recordedBy: 'acct-lead',
  recordedAt: '2026-11-30T10:00:00.000Z',
};

function facts(over: Omit<Partial<StepFacts>, 'steps'> & { steps?: Partial<AuditSteps> } = {}): StepFacts {
  return {
    title: 'IT operations backup and logging',
    state: 'planned',
    legacy: false,
    areaNames: ['IT operations'],
    auditeeIds: ['acct-tomas', 'acct-mei'],
    people: new Map([
      ['acct-tomas', 'Tomás Ruiz'],
      ['acct-mei', 'Mei Chen'],
    ]),
    approvedVersions: [3],
    findingIds: [],
    reportApproved: false,
    ...over,
    steps: {
      ...noSteps(),
      planVersion: 2,
      acknowledgements: [ack('acct-tomas', 4), ack('acct-mei', 5)],
      ...over.steps,
    },
  };
}

describe('the audit steps in order', () => {
  it('[ISO9.2.2] fieldwork starts on a plan approved with a signature and acknowledged by every auditee', () => {
    expect(missingStep('planned', 'inProgress', facts())).toBeNull();
  });

  it('[ISO9.2.2] [P11.50] names an unapproved plan, or an approval given before the plan last changed', () => {
    const expected =
      'Fieldwork cannot start: the plan of "IT operations backup and logging" is not approved with a signature (approve it after its last change)';
    expect(missingStep('planned', 'inProgress', facts({ approvedVersions: [] }))).toBe(expected);
    expect(missingStep('planned', 'inProgress', facts({ approvedVersions: [1], steps: { planVersion: 2 } }))).toBe(
      expected,
    );
    expect(planApproved({ approvedVersions: [2], steps: { ...noSteps(), planVersion: 2 } })).toBe(true);
  });

  it('[ISO9.2.2] names the auditees of the areas who have not acknowledged the plan as it stands', () => {
    expect(missingStep('planned', 'inProgress', facts({ steps: { acknowledgements: [ack('acct-tomas', 4)] } }))).toBe(
      'Fieldwork cannot start: the auditees of IT operations have not acknowledged the plan (Mei Chen)',
    );
    // An acknowledgement of the plan before its last change no longer counts.
    const stale = facts({
      areaNames: ['IT operations', 'Quality control laboratory'],
      steps: { planVersion: 6, acknowledgements: [ack('acct-tomas', 4), ack('acct-mei', 7)] },
      approvedVersions: [6],
    });
    expect(missingStep('planned', 'inProgress', stale)).toBe(
      'Fieldwork cannot start: the auditees of IT operations and Quality control laboratory have not acknowledged the plan (Tomás Ruiz)',
    );
  });

  it('[ISO9.2.2] a plan that names no auditees has nobody to communicate it to', () => {
    expect(missingStep('planned', 'inProgress', facts({ auditeeIds: [] }))).toBe(
      'Fieldwork cannot start: the plan names no auditees of IT operations to communicate it to',
    );
  });

  it('lists who has not acknowledged, keeping the plan order', () => {
    const steps = { ...noSteps(), planVersion: null, acknowledgements: [ack('b', 1)] };
    expect(auditeesNotAcknowledged(['a', 'b', 'c'], steps)).toEqual(['a', 'c']);
  });

  it('[ISO19011] reporting starts once the opening meeting is recorded', () => {
    const inProgress = facts({ state: 'inProgress', steps: { fieldworkStartedOn: '2026-11-30' } });
    expect(missingStep('inProgress', 'reporting', inProgress)).toBe(
      'Reporting cannot start: the opening meeting of "IT operations backup and logging" is not recorded',
    );
    expect(
      missingStep(
        'inProgress',
        'reporting',
        facts({ state: 'inProgress', steps: { fieldworkStartedOn: '2026-11-30', openingMeeting: meeting } }),
      ),
    ).toBeNull();
  });

  it('[ISO9.2.2] an audit closes only once its report is approved, whenever it started', () => {
    for (const legacy of [false, true]) {
      expect(missingStep('reporting', 'closed', facts({ state: 'reporting', legacy }))).toBe(
        'The audit cannot close: the report of "IT operations backup and logging" is not approved',
      );
      expect(
        missingStep('reporting', 'closed', facts({ state: 'reporting', legacy, reportApproved: true })),
      ).toBeNull();
    }
  });

  it('an audit started before the steps were required is not held back for the meetings it could not record', () => {
    expect(startedBeforeStepsRequired({ state: 'inProgress' })).toBe(true);
    expect(startedBeforeStepsRequired({ state: 'planned' })).toBe(false);
    expect(
      startedBeforeStepsRequired({ state: 'reporting', steps: { ...noSteps(), fieldworkStartedOn: '2026-11-30' } }),
    ).toBe(false);
    expect(missingStep('inProgress', 'reporting', facts({ state: 'inProgress', legacy: true }))).toBeNull();
    expect(reportStepBlockers({ legacy: true, steps: noSteps(), findingIds: ['finding_1'] })).toEqual([]);
  });

  it('[ISO19011] the report waits for the closing meeting and the auditees’ position on every standing finding', () => {
    expect(reportStepBlockers({ legacy: false, steps: noSteps(), findingIds: [] })).toEqual([
      'Record the closing meeting first',
    ]);
    const closingMeeting = {
      ...meeting,
      positions: [
        { findingId: 'finding_1', position: 'agreed' as const },
        { findingId: 'finding_2', position: 'diverging' as const, opinion: 'Logs are reviewed weekly by the vendor' },
      ],
    };
    const steps = { ...noSteps(), closingMeeting };
    expect(reportStepBlockers({ legacy: false, steps, findingIds: ['finding_1', 'finding_2'] })).toEqual([]);
    expect(reportStepBlockers({ legacy: false, steps, findingIds: ['finding_1', 'finding_3', 'finding_4'] })).toEqual([
      'Record at the closing meeting whether the auditees agree with finding finding_3 and finding_4',
    ]);
  });

  it('a diverging opinion is written out; a finding has one position; attendees are named', () => {
    const base = { heldOn: '2026-12-02', attendeeIds: ['acct-lead'], pointsRaised: '' };
    expect(
      ClosingMeetingContent.safeParse({
        ...base,
        positions: [{ findingId: 'f1', position: 'diverging', opinion: 'no' }],
      }).error?.issues[0],
    ).toMatchObject({ path: ['positions', 0, 'opinion'], message: expect.stringContaining('diverging opinion') });
    expect(
      ClosingMeetingContent.safeParse({
        ...base,
        positions: [
          { findingId: 'f1', position: 'agreed' },
          { findingId: 'f1', position: 'agreed' },
        ],
      }).error?.issues[0]?.message,
    ).toBe('A finding has two positions');
    expect(ClosingMeetingContent.safeParse({ ...base, attendeeIds: [] }).error?.issues[0]?.message).toBe(
      'Name at least one attendee',
    );
  });
});
