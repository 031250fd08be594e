import type { AppServices } from '../../../src/app/services';
import type { ResolverName } from '../../../src/contract/resolvers';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';

/**
 * Every issue-8 resolver refuses a malformed payload with `invalid_input` naming the field, before
 * any work: nothing reaches the store or its trail. (Role refusals are in resolverRoles.test.ts.)
 */
const manager = 'acct-manager';
const top = 'acct-top';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;

beforeAll(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager', 'leadAuditor'], [top]: ['topManagement'] });
});
afterAll(() => ctx.close());

const cases: Array<[ResolverName, unknown, string, string]> = [
  ['generateAuditReport', { auditId: '' }, 'auditId', manager],
  ['getAuditReport', {}, 'auditId', manager],
  [
    'saveAuditReportContent',
    { auditId: 'a1', expectedVersion: 0, conclusion: ' ', distribution: [] },
    'conclusion',
    manager,
  ],
  ['approveAuditReport', { auditId: 'a1', expectedVersion: 1, passphrase: '' }, 'passphrase', manager],
  ['getMacroData', { macro: 'pieChart', config: {} }, 'macro', manager],
  ['checkMacroConfig', { macro: 'kpiTiles', config: 'all' }, 'config', manager],
  ['listMacroChoices', { cycle: '2026-01-01' }, '', manager],
  ['exportReviewCsv', { register: 'findings', from: '2026-01-01' }, 'to', manager],
  ['listPeriodFigures', { month: '2026-10' }, '', manager],
  [
    'savePeriodFigures',
    { month: '2026-13', expectedVersion: 0, incidents: 1, incidentHoursToResolve: null, trainingCompletionPct: null },
    'month',
    manager,
  ],
  ['countIncidentsInJira', { month: '2026-10', expectedVersion: 0, jql: '' }, 'jql', manager],
  ['createManagementReview', { title: 'Review', from: '2026-12-31', to: '2026-01-01' }, 'to', manager],
  ['listManagementReviews', { all: true }, '', manager],
  ['getManagementReview', { reviewId: '' }, 'reviewId', manager],
  [
    'saveReviewMeeting',
    { reviewId: 'r1', expectedVersion: 1, heldOn: '10/12/2026', attendees: [], minutes: '' },
    'heldOn',
    manager,
  ],
  ['saveReviewInput', { reviewId: 'r1', kind: 'previousActions', expectedVersion: 0, entries: [] }, 'kind', manager],
  ['addReviewDecision', { reviewId: 'r1', text: 'Fund it', ownerId: 'acct-o', dueDate: '2027-02-30' }, 'dueDate', top],
  ['raiseReviewDecisions', {}, 'reviewId', top],
];

describe('issue-8 resolvers refuse malformed input and change nothing', () => {
  it.each(cases)('%s names the field at fault', async (name, payload, field, caller) => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    const answer = (await dispatch(name, payload, caller, async () => services)) as {
      ok: boolean;
      error?: { code: string; field?: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('invalid_input');
    if (field) expect(answer.error?.field).toBe(field);
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
  });
});
