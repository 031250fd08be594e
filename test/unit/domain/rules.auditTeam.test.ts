import { teamCompetence, type TeamMember } from '../../../src/domain/auditors/teamCompetence';
import { eligibilityFrom, evaluationResult, ineligibilityReason } from '../../../src/domain/auditors/evaluation';
import { leadQualificationProblem, qualifiesToLead } from '../../../src/domain/auditors/competence';
import { maySignFindingsAlone, teamRoleOf, teamWithRoles } from '../../../src/domain/auditors/teamRoles';
import { AuditPlanContent } from '../../../src/domain/audits/auditPlan';
import { AuditorRecord } from '../../../src/domain/auditors/auditorRecord';

const day = '2026-12-01';
const internal = { name: 'ISO/IEC 27001 Internal Auditor', issuedOn: '2024-01-01', expiresOn: '2028-01-01' };
const leadCourse = { name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-01', expiresOn: '2028-01-01' };
const person = (accountId: string, domains: string[], certificates = [internal]) => ({
  accountId,
  domains,
  certificates,
});
const member = (
  accountId: string,
  role: TeamMember['role'],
  domains: string[],
  extra: Partial<TeamMember> = {},
): TeamMember => ({
  accountId,
  role,
  auditor: person(accountId, domains, role === 'lead' ? [leadCourse] : [internal]),
  ...extra,
});
const check = (members: TeamMember[], scopeItemIds: string[]) =>
  teamCompetence({ members, scopeItemIds, day, minEvaluationResult: 3 });

describe('team roles', () => {
  const plan = {
    leadAuditorId: 'lead',
    teamIds: ['a', 'x', 't'],
    teamRoles: { x: 'technicalExpert', t: 'trainee' },
  } as const;

  it('reads a plan without roles as today: the lead leads, everyone else audits', () => {
    const old = { leadAuditorId: 'lead', teamIds: ['a', 'b'] };
    expect(teamWithRoles(old)).toEqual([
      { accountId: 'lead', role: 'lead' },
      { accountId: 'a', role: 'auditor' },
      { accountId: 'b', role: 'auditor' },
    ]);
    expect(teamRoleOf(old, 'someone else')).toBeNull();
  });

  it('gives each member the role the plan names, auditor when it names none', () => {
    expect(teamWithRoles(plan).map((m) => m.role)).toEqual(['lead', 'auditor', 'technicalExpert', 'trainee']);
  });

  it('lets only the lead and auditors put their name alone to a finding', () => {
    expect(
      ['lead', 'auditor', 'technicalExpert', 'trainee', null].map((r) => maySignFindingsAlone(r as never)),
    ).toEqual([true, true, false, false, false]);
  });

  it('refuses a role for someone not on the team, naming the field', () => {
    const parsed = AuditPlanContent.safeParse({
      title: 'IT',
      areaIds: ['a1'],
      itemIds: ['9.2'],
      teamIds: ['a'],
      teamRoles: { b: 'trainee' },
      plannedStart: day,
      plannedEnd: day,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['teamRoles'],
      message: expect.stringMatching(/not on the team/),
    });
  });
});

describe('team competence (ISO 19011 7.2.4)', () => {
  it('accepts a team that covers the scope together though no one covers it alone', () => {
    const result = check([member('lead', 'lead', ['9']), member('a', 'auditor', ['A.8'])], ['9.2.2', 'A.8.15']);
    expect(result).toEqual({
      members: [
        { accountId: 'lead', role: 'lead', reasons: [] },
        { accountId: 'a', role: 'auditor', reasons: [] },
      ],
      uncoveredItems: [],
    });
  });

  it("counts a technical expert's domains, not a trainee's", () => {
    const scope = ['9.2.2', 'A.8.15'];
    const expert = member('x', 'technicalExpert', ['A.8'], { auditor: person('x', ['A.8'], []) });
    expect(check([member('lead', 'lead', ['9']), expert], scope).uncoveredItems).toEqual([]);
    const trainee = member('t', 'trainee', ['A.8'], { auditor: person('t', ['A.8'], []) });
    expect(check([member('lead', 'lead', ['9']), trainee], scope).uncoveredItems).toEqual(['A.8.15']);
  });

  it('asks a certificate of the lead and auditors only, and a lead qualification of the lead', () => {
    const result = check(
      [
        { accountId: 'lead', role: 'lead', auditor: person('lead', ['9', 'A'], [internal]) },
        { accountId: 'a', role: 'auditor', auditor: person('a', ['A'], []) },
        { accountId: 'x', role: 'technicalExpert', auditor: person('x', ['A.8'], []) },
        { accountId: 't', role: 'trainee', auditor: person('t', [], []) },
      ],
      ['9.2.2'],
    );
    expect(result.members.map((m) => m.reasons)).toEqual([
      ['No certificate in the register qualifies them to lead audits'],
      ['No certificate is valid on 2026-12-01'],
      [],
      [],
    ]);
  });

  it('needs everyone on the team, trainees too, in the register', () => {
    const result = check(
      [member('lead', 'lead', ['9']), { accountId: 't', role: 'trainee', auditor: null }],
      ['9.2.2'],
    );
    expect(result.members[1]!.reasons).toEqual(['Not in the auditor register']);
  });

  it('bars an auditor whose latest evaluation fell below the threshold, but not as a trainee', () => {
    const poor = {
      evaluatedOn: '2026-06-01',
      rating: 2,
      scores: { knowledge: 4, skills: 4, conduct: 2, reportQuality: 3 },
    };
    const asAuditor = check(
      [member('lead', 'lead', ['9']), member('a', 'auditor', ['9'], { evaluations: [poor] })],
      ['9.2.2'],
    );
    expect(asAuditor.members[1]!.reasons).toEqual([
      "The evaluation of 2026-06-01 scored 2 (conduct), below the programme's threshold of 3: not eligible for an audit team until re-evaluated (they may join as a trainee/observer)",
    ]);
    const asTrainee = check(
      [member('lead', 'lead', ['9']), member('a', 'trainee', ['9'], { evaluations: [poor] })],
      ['9.2.2'],
    );
    expect(asTrainee.members[1]!.reasons).toEqual([]);
  });
});

describe('evaluations', () => {
  it('results in the lowest criterion score', () => {
    expect(evaluationResult({ knowledge: 5, skills: 4, conduct: 5, reportQuality: 2 })).toBe(2);
  });

  it('judges eligibility by the latest evaluation: a later one at the threshold lifts the bar', () => {
    const poor = { evaluatedOn: '2026-03-01', rating: 2 };
    expect(eligibilityFrom([], 3)).toEqual({ eligible: true });
    expect(eligibilityFrom([poor], 3)).toMatchObject({ eligible: false, result: 2, threshold: 3, weakCriteria: [] });
    expect(eligibilityFrom([poor, { evaluatedOn: '2026-09-01', rating: 3 }], 3)).toEqual({ eligible: true });
    // Listed out of order: the date decides, not the position.
    expect(eligibilityFrom([{ evaluatedOn: '2026-09-01', rating: 3 }, poor], 3)).toEqual({ eligible: true });
    // Of one day, the one recorded last.
    expect(
      eligibilityFrom(
        [
          { evaluatedOn: '2026-09-01', rating: 4 },
          { evaluatedOn: '2026-09-01', rating: 1 },
        ],
        3,
      ),
    ).toMatchObject({ eligible: false, result: 1 });
    expect(ineligibilityReason({ eligible: true })).toBeNull();
  });

  it('reads a stored evaluation without criteria, and a register entry without CPD, as before', () => {
    const stored = AuditorRecord.parse({
      accountId: 'a',
      domains: ['9'],
      evaluations: [{ auditId: 'audit_1', evaluatedOn: '2026-01-10', evaluatedBy: 'm', rating: 4, comment: 'Good' }],
    });
    expect(stored.evaluations[0]!.scores).toBeUndefined();
    expect(stored.cpd).toBeUndefined();
  });

  it('refuses a CPD year listed twice or negative hours, naming the field', () => {
    const bad = AuditorRecord.safeParse({
      accountId: 'a',
      domains: [],
      cpd: [
        { year: 2025, hours: 12 },
        { year: 2025, hours: 3 },
      ],
    });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['cpd'], message: 'A CPD year is listed twice' });
    const negative = AuditorRecord.safeParse({ accountId: 'a', domains: [], cpd: [{ year: 2025, hours: -1 }] });
    expect(negative.error?.issues[0]).toMatchObject({ path: ['cpd', 0, 'hours'] });
  });
});

describe('lead qualification', () => {
  it('reads certificates recorded before the question by their name; a recorded answer wins', () => {
    expect(qualifiesToLead(leadCourse)).toBe(true);
    expect(qualifiesToLead(internal)).toBe(false);
    expect(qualifiesToLead({ ...internal, qualifiesToLead: true })).toBe(true);
    expect(qualifiesToLead({ ...leadCourse, qualifiesToLead: false })).toBe(false);
  });

  it('needs the qualifying certificate valid on the day', () => {
    const lapsed = { ...leadCourse, expiresOn: '2026-06-30' };
    expect(leadQualificationProblem(person('l', ['9'], [lapsed, internal]), day)).toBe(
      'No lead auditor qualification is valid on 2026-12-01 (ISO/IEC 27001 Lead Auditor not valid then)',
    );
    expect(leadQualificationProblem(person('l', ['9'], [leadCourse]), day)).toBeNull();
  });
});
