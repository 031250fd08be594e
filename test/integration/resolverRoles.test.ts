import { appRoles, type AppRole } from '../../src/domain/access/appRole';
import { suggestedJiraSettings } from '../../src/domain/jira/jiraSettings';
import { resolverContract, type ResolverName } from '../../src/contract/resolvers';
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * A well-formed payload for every resolver, so the call gets past input parsing and reaches the
 * role check. Adding a resolver without a sample fails the first test below.
 */
const plan = {
  title: 'IT operations audit',
  areaIds: ['area_1'],
  itemIds: ['A.8.13'],
  plannedStart: '2026-12-01',
  plannedEnd: '2026-12-05',
};
const samples: Record<ResolverName, unknown> = {
  getSession: {},
  getProgrammeSettings: {},
  updateProgrammeSettings: {
    settings: {
      organisationName: 'Helix',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    },
    expectedVersion: 0,
  },
  listRoleAssignments: {},
  setUserRoles: { accountId: 'acct-x', roles: ['viewer'], expectedVersion: 0 },
  verifyAuditTrail: {},
  listAuditTrail: {},
  exportAuditTrail: { format: 'csv' },
  exportProgrammeRecord: {},
  getSigningStatus: {},
  setSigningPassphrase: { newPassphrase: 'correct horse battery' },
  resetSigningPassphrase: { accountId: 'acct-x', reason: 'Forgotten' },
  signRecord: {
    recordType: 'programmeSettings',
    recordId: 'programme',
    recordVersion: 1,
    meaning: 'approved',
    passphrase: 'x',
  },
  listSignatures: { recordType: 'programmeSettings', recordId: 'programme' },
  listAuditableAreas: {},
  saveAuditableArea: {
    expectedVersion: 0,
    area: { name: 'Finance', ownerId: 'acct-o', memberIds: [], likelihood: 2, impact: 2, itemIds: ['A.5.1'] },
  },
  getCatalogue: {},
  getStatementOfApplicability: {},
  saveSoaEntry: { entry: { controlId: 'A.5.1', applicable: true, implementation: 'implemented' }, expectedVersion: 0 },
  exportStatementOfApplicability: {},
  importStatementOfApplicability: { csv: 'control\nA.5.1\n', expectedVersion: 0 },
  exportAuditableAreas: {},
  importAuditableAreas: { csv: 'name\nFinance\n' },
  getAuditProgramme: {},
  saveAuditProgramme: { cycleStart: '2026-01-01', programme: {}, expectedVersion: 0 },
  proposeSchedule: {},
  adoptProposedSchedule: { cycleStart: '2026-01-01' },
  getCoverage: {},
  listAudits: {},
  getAudit: { auditId: 'audit_1' },
  saveAuditPlan: { cycleStart: '2026-01-01', expectedVersion: 0, plan },
  cancelAudit: { auditId: 'audit_1', expectedVersion: 1, reason: 'Merged into another audit' },
  moveAudit: { auditId: 'audit_1', to: 'inProgress', expectedVersion: 1 },
  overrideImpartiality: {
    auditId: 'audit_1',
    auditorId: 'acct-x',
    areaId: 'area_1',
    justification: 'The only auditor with laboratory competence this quarter',
    passphrase: 'x',
  },
  saveChecklistLine: { auditId: 'audit_1', itemId: 'A.8.13', result: 'conforming', expectedVersion: 1 },
  recordFinding: {
    auditId: 'audit_1',
    finding: {
      grade: 'observation',
      itemId: 'A.8.13',
      areaId: 'area_1',
      requirement: 'Backups are tested',
      evidence: 'Log reviewed',
    },
  },
  listFindings: {},
  collectEvidence: {
    auditId: 'audit_1',
    evidence: { kind: 'interview', description: 'Interviewed the backup administrator' },
  },
  listEvidence: { auditId: 'audit_1' },
  publishAuditPlan: { auditId: 'audit_1' },
  listAuditors: {},
  saveAuditor: { accountId: 'acct-x', expectedVersion: 0, competence: { domains: ['A'] } },
  recordAuditorEvaluation: {
    accountId: 'acct-x',
    auditId: 'audit_1',
    rating: 4,
    comment: 'Thorough',
    expectedVersion: 1,
  },
  getJiraSettings: {},
  checkJiraSettings: { settings: suggestedJiraSettings },
  saveJiraSettings: { settings: suggestedJiraSettings, expectedVersion: 0 },
  raiseFindingIssues: { auditId: 'audit_1' },
  getRaiseJob: { jobId: 'job_1' },
  listRaiseJobs: {},
  listTrackedIssues: {},
  searchJiraIssues: { query: 'NC-1' },
  linkFindingIssue: { findingId: 'finding_1', issueKey: 'NC-1' },
  unlinkFindingIssue: { findingId: 'finding_1', reason: 'Linked the wrong issue' },
  openCorrectiveAction: {
    findingIds: ['finding_1'],
    title: 'Restore tests every quarter',
    correction: { text: 'Ran a restore test at once' },
  },
  recordCorrectiveActionStep: {
    correctiveActionId: 'ca_1',
    expectedVersion: 1,
    step: { step: 'rootCause', method: 'fiveWhys', text: 'No owner for restore tests' },
  },
  verifyCorrectiveAction: {
    correctiveActionId: 'ca_1',
    expectedVersion: 5,
    result: 'effective',
    note: 'Two quarterly restore tests passed',
    passphrase: 'x',
  },
  getCorrectiveAction: { correctiveActionId: 'ca_1' },
  listCorrectiveActions: {},
  listOverdue: {},
  getIssueContext: { issueKey: 'NC-1' },
  generateAuditReport: { auditId: 'audit_1' },
  getAuditReport: { auditId: 'audit_1' },
  saveAuditReportContent: {
    auditId: 'audit_1',
    expectedVersion: 0,
    conclusion: 'The ISMS is effective for the audited scope.',
    distribution: ['Top management'],
  },
  approveAuditReport: { auditId: 'audit_1', expectedVersion: 1, passphrase: 'x' },
  getMacroData: { macro: 'kpiTiles', config: {} },
  checkMacroConfig: { macro: 'findingRegister', config: { grade: 'majorNC' } },
  listMacroChoices: {},
  exportReviewCsv: { register: 'findings' },
  listPeriodFigures: {},
  savePeriodFigures: {
    month: '2026-10',
    expectedVersion: 0,
    incidents: 3,
    incidentHoursToResolve: 12,
    trainingCompletionPct: 92,
  },
  countIncidentsInJira: { month: '2026-10', expectedVersion: 0, jql: 'project = SEC AND type = Incident' },
  createManagementReview: { title: 'Management review 2026', from: '2026-01-01', to: '2026-12-31' },
  listManagementReviews: {},
  getManagementReview: { reviewId: 'review_1' },
  saveReviewMeeting: {
    reviewId: 'review_1',
    expectedVersion: 1,
    heldOn: '2026-12-10',
    attendees: [{ name: 'Chloe Martin', role: 'CEO' }],
    minutes: 'Reviewed the inputs.',
  },
  saveReviewInput: {
    reviewId: 'review_1',
    kind: 'issuesChanges',
    expectedVersion: 0,
    entries: [{ topic: 'New GMP Annex 11 draft', category: 'external' }],
  },
  addReviewDecision: {
    reviewId: 'review_1',
    text: 'Fund a second backup site',
    ownerId: 'acct-o',
    dueDate: '2027-03-31',
  },
  raiseReviewDecisions: { reviewId: 'review_1' },
};

const holder = (role: AppRole) => `acct-${role}`;
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;

beforeAll(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  await grantRoles(services, Object.fromEntries(appRoles.map((role) => [holder(role), [role]])));
});
afterAll(() => ctx.close());

const names = Object.keys(resolverContract) as ResolverName[];
const restricted = names.flatMap((name) => {
  const access = resolverContract[name].access;
  return Array.isArray(access) ? appRoles.filter((role) => !access.includes(role)).map((role) => [name, role]) : [];
}) as Array<[ResolverName, AppRole]>;

describe('role checks in the resolver, for every resolver', () => {
  it('has a well-formed sample payload for every resolver in the contract', () => {
    for (const name of names) {
      const parsed = resolverContract[name].input.safeParse(samples[name]);
      expect({ name, ok: parsed.success, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
        name,
        ok: true,
        issues: [],
      });
    }
  });

  it.each(restricted)('[P11.10d] %s answers forbidden to a %s and changes nothing', async (name, role) => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    const answer = await dispatch(name, samples[name], holder(role), async () => services);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
  });

  it.each(names.filter((name) => resolverContract[name].access !== 'anyone'))(
    '[P11.10d] %s answers forbidden to a signed-in account with no app role',
    async (name) => {
      const answer = await dispatch(name, samples[name], 'acct-nobody', async () => services);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );
});
