import type { AppServices } from '../../../src/app/services';
import type { ManagementReviewView } from '../../../src/contract/review';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import { caller, manager, names, PASS, seedReviewWorld, top } from '../review/reviewWorld';

// Creating a review writes its Confluence page: generous on a loaded machine.
jest.setTimeout(120_000);

const secondManager = 'acct-manager-2';
const secondTop = 'acct-coo';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const rolesOf = async (accountId: string) => (await services.store.get('userRoles', accountId))?.record.roles ?? [];

beforeEach(async () => {
  ctx = await appServicesForTest({ ...names, [secondManager]: 'Tomás Ruiz', [secondTop]: 'Ines Duarte' });
  services = ctx.services;
  await seedReviewWorld(services);
  await grantRoles(services, { [secondManager]: ['programmeManager'], [secondTop]: ['topManagement'] }, manager);
  for (const who of [manager, top, secondTop]) {
    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, who)).ok).toBe(true);
  }
});
afterEach(() => ctx.close());

describe('separation of duties', () => {
  it('[P11.10d] [A11.12] nobody grants or removes roles on themselves; the refusal changes nothing', async () => {
    const before = await trailLength();
    const version = (await services.store.get('userRoles', manager))!.version;
    for (const roles of [['programmeManager', 'topManagement'], ['viewer'], []]) {
      expect(
        await call('setUserRoles', { accountId: manager, roles, expectedVersion: version }, manager),
      ).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/own roles/) } });
    }
    expect(await trailLength()).toBe(before);
    expect(await rolesOf(manager)).toEqual(['programmeManager']);
    // Another programme manager may, and the trail says who.
    const granted = await call(
      'setUserRoles',
      { accountId: manager, roles: ['programmeManager', 'topManagement'], expectedVersion: version },
      secondManager,
    );
    expect(granted).toMatchObject({ ok: true, value: { updatedBy: secondManager } });
  });

  it('[P11.10g] [P11.10d] whoever prepared a review does not approve its minutes, even holding top management', async () => {
    const review = (await call(
      'createManagementReview',
      { title: 'Review 2026', from: '2026-01-01', to: '2026-12-31' },
      manager,
    )) as {
      ok: true;
      value: ManagementReviewView;
    };
    expect(review.ok).toBe(true);
    const recorded = await call(
      'saveReviewMeeting',
      {
        reviewId: review.value.id,
        expectedVersion: review.value.version,
        heldOn: '2027-01-20',
        attendees: [{ name: 'Margit Olsen', role: 'CEO', accountId: top }],
        minutes: 'The ISMS is effective.',
      },
      manager,
    );
    expect(recorded.ok).toBe(true);
    const version = (recorded as { value: ManagementReviewView }).value.version;
    // Top management is granted to the preparer by another manager (nobody can grant it to themselves).
    const rolesVersion = (await services.store.get('userRoles', manager))!.version;
    await call(
      'setUserRoles',
      { accountId: manager, roles: ['programmeManager', 'topManagement'], expectedVersion: rolesVersion },
      secondManager,
    );
    const approve = (who: string) =>
      call(
        'signRecord',
        {
          recordType: 'managementReview',
          recordId: review.value.id,
          recordVersion: version,
          meaning: 'approved',
          passphrase: PASS,
        },
        who,
      );
    const before = await trailLength();
    expect(await approve(manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/You prepared/) },
    });
    expect(await trailLength()).toBe(before);
    expect(await approve(top)).toMatchObject({ ok: true, value: { signerAccountId: top, meaning: 'approved' } });
  });

  it('[P11.10g] the minutes are approved only once the meeting is recorded', async () => {
    const review = (await call(
      'createManagementReview',
      { title: 'Review 2026', from: '2026-01-01', to: '2026-12-31' },
      manager,
    )) as {
      ok: true;
      value: ManagementReviewView;
    };
    const before = await trailLength();
    expect(
      await call(
        'signRecord',
        {
          recordType: 'managementReview',
          recordId: review.value.id,
          recordVersion: review.value.version,
          meaning: 'approved',
          passphrase: PASS,
        },
        secondTop,
      ),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/minutes/) } });
    expect(await trailLength()).toBe(before);
  });
});
