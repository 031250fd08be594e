import type { AppServices } from '../../../src/app/services';
import type { ManagementReviewView, ReviewPlanView } from '../../../src/contract/review';
import { appServicesForTest } from '../../support/appServices';
import { caller, lead, manager, names, PASS, seedReviewWorld, top, viewer } from './reviewWorld';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value as T;
}

const h2 = { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' };
const plan = { intervalMonths: 6, nextPlannedOn: '2026-12-15', standingItems: ['Supplier security', 'GxP systems'] };
const getPlan = (who = viewer) => value<ReviewPlanView>(call('getReviewPlan', {}, who));

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
});
afterEach(async () => {
  await ctx.close();
});

describe('planned management reviews (9.3.1)', () => {
  it('says no review is planned until the programme manager plans one, then counts the days to it', async () => {
    expect(await getPlan()).toMatchObject({
      version: 0,
      plan: { intervalMonths: 12, nextPlannedOn: null, standingItems: [] },
      due: { state: 'notPlanned' },
      dueWords: 'No management review planned',
    });
    const saved = await value<ReviewPlanView>(call('saveReviewPlan', { plan, expectedVersion: 0 }, manager));
    // The test clock's today is 2026-11-24 (UTC): 21 days before the planned day, inside the warning.
    expect(saved).toMatchObject({
      version: 1,
      plan,
      today: '2026-11-24',
      lastHeldOn: null,
      due: { state: 'dueSoon', dueOn: '2026-12-15', daysLeft: 21 },
      dueWords: 'Management review due in 21 days (2026-12-15)',
      updatedByName: names[manager],
    });
    expect(saved.agenda.map((a) => a.ref).slice(-3)).toEqual(['9.3.2 g', 'Standing item 1', 'Standing item 2']);
    ctx.clock.advanceMinutes(22 * 24 * 60);
    expect((await getPlan()).dueWords).toBe('Management review overdue by 1 day (due 2026-12-15)');
  });

  it('only a programme manager plans; a bad plan names its field and changes nothing', async () => {
    expect(await call('saveReviewPlan', { plan, expectedVersion: 0 }, lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await call('saveReviewPlan', { plan: { ...plan, intervalMonths: 0 }, expectedVersion: 0 }, manager),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'plan.intervalMonths',
        message: expect.stringContaining('at least 1 month'),
      },
    });
    expect(
      await call('saveReviewPlan', { plan: { ...plan, nextPlannedOn: '2026-02-30' }, expectedVersion: 0 }, manager),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'plan.nextPlannedOn' } });
    await value(call('saveReviewPlan', { plan, expectedVersion: 0 }, manager));
    expect(await call('saveReviewPlan', { plan, expectedVersion: 0 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect((await getPlan()).version).toBe(1);
  });

  it('gives each review its agenda as it stood at creation; a held review moves the next one an interval on', async () => {
    await value(call('saveReviewPlan', { plan, expectedVersion: 0 }, manager));
    const review = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    expect(review.agenda).toHaveLength(9);
    expect(review.agenda.slice(-2)).toEqual([
      { ref: 'Standing item 1', title: 'Supplier security', source: 'organisation' },
      { ref: 'Standing item 2', title: 'GxP systems', source: 'organisation' },
    ]);
    await value(call('saveReviewPlan', { plan: { ...plan, standingItems: ['Budget'] }, expectedVersion: 1 }, manager));
    const again = await value<ManagementReviewView>(call('getManagementReview', { reviewId: review.id }, viewer));
    expect(again.agenda.slice(-2).map((a) => a.title)).toEqual(['Supplier security', 'GxP systems']);

    await value(
      call(
        'saveReviewMeeting',
        { reviewId: review.id, expectedVersion: again.version, heldOn: '2026-12-16', attendees: [], minutes: 'Held.' },
        manager,
      ),
    );
    expect(await getPlan()).toMatchObject({
      lastHeldOn: '2026-12-16',
      due: { state: 'planned', dueOn: '2027-06-16' },
    });
  });
});

describe('9.3.3 outputs: typed decisions and a signed conclusion', () => {
  const conclusion = {
    suitable: 'yes',
    adequate: 'yes',
    effective: 'no',
    statement: 'Suitable and adequate; not yet effective while supplier access reviews are late.',
  };

  it('records each decision’s type (other when none is given)', async () => {
    const review = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    const decide = (extra: Record<string, unknown>) =>
      call('addReviewDecision', { reviewId: review.id, ownerId: lead, dueDate: '2027-03-31', ...extra }, manager);
    await value(decide({ text: 'Fund a second backup site', type: 'resourceNeed' }));
    const view = await value<ManagementReviewView>(decide({ text: 'Revisit the scope' }));
    expect(view.decisionList.map((d) => [d.number, d.type])).toEqual([
      [1, 'resourceNeed'],
      [2, 'other'],
    ]);
    expect(await decide({ text: 'Something', type: 'wish' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'type', message: expect.stringContaining('Choose the decision type') },
    });
    expect(
      (await value<ManagementReviewView>(call('getManagementReview', { reviewId: review.id }, viewer))).decisions,
    ).toBe(2);
  });

  it('signs the conclusion with the minutes: changing it afterwards needs a reason and supersedes the signature', async () => {
    const created = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    expect(created.conclusion).toBeNull();
    const meeting = { reviewId: created.id, heldOn: '2027-01-19', attendees: [], minutes: 'Reviewed the inputs.' };
    const held = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...meeting, expectedVersion: created.version, conclusion }, manager),
    );
    expect(held.conclusion).toEqual(conclusion);
    // A save that leaves the conclusion out keeps it.
    const kept = await value<ManagementReviewView>(
      call(
        'saveReviewMeeting',
        { ...meeting, expectedVersion: held.version, minutes: 'Reviewed all inputs.' },
        manager,
      ),
    );
    expect(kept.conclusion).toEqual(conclusion);

    expect(await call('setSigningPassphrase', { newPassphrase: PASS }, top)).toMatchObject({ ok: true });
    expect(
      await call(
        'signRecord',
        {
          recordType: 'managementReview',
          recordId: kept.id,
          recordVersion: kept.version,
          meaning: 'approved',
          passphrase: PASS,
        },
        top,
      ),
    ).toMatchObject({ ok: true });
    const edit = {
      ...meeting,
      minutes: 'Reviewed all inputs.',
      expectedVersion: kept.version,
      conclusion: { ...conclusion, effective: 'yes' },
    };
    expect(await call('saveReviewMeeting', edit, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    const changed = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...edit, reason: 'The CEO corrected the effectiveness judgement' }, manager),
    );
    expect(changed.conclusion?.effective).toBe('yes');
    expect(changed.minutesApproved).toBe(false);
    expect(changed.signatures).toMatchObject([{ status: 'supersededByChange', bindingIntact: true }]);
  });

  it('refuses a conclusion without its statement, naming the field, and changes nothing', async () => {
    const created = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    const answer = await call(
      'saveReviewMeeting',
      {
        reviewId: created.id,
        expectedVersion: created.version,
        heldOn: '2027-01-19',
        attendees: [],
        minutes: 'Reviewed.',
        conclusion: { ...conclusion, statement: ' ' },
      },
      manager,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'conclusion.statement' } });
    const after = await value<ManagementReviewView>(call('getManagementReview', { reviewId: created.id }, viewer));
    expect(after).toMatchObject({ version: created.version, heldOn: null, conclusion: null });
  });
});
