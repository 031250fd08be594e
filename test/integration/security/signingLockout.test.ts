import { CountingHasher } from '../../support/countingHasher';
import type { AppServices } from '../../../src/app/services';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';

// Twenty parallel scrypt checks and trail writes on a loaded two-core machine: generous, not timed.
jest.setTimeout(120_000);

const manager = 'acct-manager';
const secondManager = 'acct-manager-2';
const lead = 'acct-lead';
const PASS = 'correct horse battery staple';
const LEAD_PASS = 'the lead auditor phrase';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let hasher: CountingHasher;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

const sign = (who: string, passphrase: string, meaning = 'approved') =>
  call(
    'signRecord',
    { recordType: 'programmeSettings', recordId: 'programme', recordVersion: 1, meaning, passphrase },
    who,
  );

async function outcomes(): Promise<string[]> {
  const entries = await services.trail.entries({ entityType: 'signingAttempt', limit: 10_000 });
  return entries.map((e) => (e.after as { outcome: string }).outcome);
}
const count = (all: string[], outcome: string) => all.filter((o) => o === outcome).length;

beforeEach(async () => {
  hasher = new CountingHasher();
  ctx = await appServicesForTest(
    { [manager]: 'Aoife Brennan', [secondManager]: 'Tomás Ruiz', [lead]: 'Rahul Mehta' },
    { hasher },
  );
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [secondManager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
  });
  const settings = {
    organisationName: 'Helix',
    cycleLengthMonths: 12,
    cycleStart: '2026-01-01',
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5],
  };
  expect((await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, manager)).ok).toBe(true);
  expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
  expect((await call('setSigningPassphrase', { newPassphrase: LEAD_PASS }, lead)).ok).toBe(true);
  hasher.checked = 0;
});
afterEach(() => ctx.close());

describe('signing lockout under parallel attempts', () => {
  it('[P11.300d] [A11.12] twenty parallel wrong passphrases cost twenty attempts: five are checked, fifteen refused unchecked', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => sign(manager, `wrong passphrase ${i}xx`)));
    expect(answers.filter((a) => a.ok)).toEqual([]);
    // No attempt is lost to a write race: each is either a wrong passphrase or refused as locked.
    expect(answers.filter((a) => a.error.code === 'conflict')).toEqual([]);
    expect(answers.filter((a) => a.error.field === 'passphrase')).toHaveLength(5);
    expect(answers.filter((a) => a.error.code === 'forbidden' && /locked until/.test(a.error.message))).toHaveLength(
      15,
    );
    expect(hasher.checked).toBe(5);
    const recorded = await outcomes();
    expect(count(recorded, 'wrongPassphrase')).toBe(5);
    expect(count(recorded, 'locked')).toBe(15);
    expect((await call('getSigningStatus', {}, manager)).value).toMatchObject({
      lockedUntil: '2026-11-24T09:15:00.000Z',
      attemptsLeft: 0,
    });
    // The right passphrase is refused while locked, without being checked.
    expect(await sign(manager, PASS)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hasher.checked).toBe(5);
    ctx.clock.advanceMinutes(15);
    expect((await sign(manager, PASS)).ok).toBe(true);
  });

  it('[P11.300d] a correct passphrase inside a burst signs once and never answers conflict after signing', async () => {
    const wrong = Array.from({ length: 4 }, (_, i) => sign(manager, `wrong passphrase ${i}xx`));
    const answers = await Promise.all([...wrong, sign(manager, PASS)]);
    const right = answers[4];
    expect(right).toMatchObject({ ok: true, value: { signerAccountId: manager, meaning: 'approved' } });
    expect(answers.slice(0, 4).map((a) => a.error.field)).toEqual(Array(4).fill('passphrase'));
    const listed = await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, lead);
    expect(listed.value.signatures.map((s: { id: string }) => s.id)).toEqual([right.value.id]);
    // The success cleared the count: five more tries before a lock.
    expect((await call('getSigningStatus', {}, manager)).value).toMatchObject({ lockedUntil: null, attemptsLeft: 5 });
  });

  it('[P11.300d] in a burst of twenty with the right passphrase last, it either signs or is refused as locked — never conflict', async () => {
    const answers = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => sign(manager, `wrong passphrase ${i}xx`)),
      sign(manager, PASS),
    ]);
    expect(answers.filter((a) => !a.ok && a.error.code === 'conflict')).toEqual([]);
    expect(hasher.checked).toBeLessThanOrEqual(5);
    const right = answers[19];
    const listed = await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, lead);
    if (right.ok) expect(listed.value.signatures.map((s: { id: string }) => s.id)).toEqual([right.value.id]);
    else {
      expect(right.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/locked until/) });
      expect(listed.value.signatures).toEqual([]);
    }
  });

  it('[P11.300d] twenty parallel wrong current passphrases when changing it count the same way', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(
          'setSigningPassphrase',
          { newPassphrase: 'a brand new passphrase', currentPassphrase: `wrong current ${i}xxx` },
          lead,
        ),
      ),
    );
    expect(answers.filter((a) => a.ok || a.error.code === 'conflict')).toEqual([]);
    expect(answers.filter((a) => a.error.field === 'currentPassphrase')).toHaveLength(5);
    expect(hasher.checked).toBe(5);
    // Locked for signing too, and the right current passphrase cannot change it now.
    expect(
      await call(
        'setSigningPassphrase',
        { newPassphrase: 'a brand new passphrase', currentPassphrase: LEAD_PASS },
        lead,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/locked until/) } });
    expect(await sign(lead, LEAD_PASS, 'reviewed')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('what costs no attempt', () => {
  it('[P11.300d] signing a version that has moved on is refused before the passphrase is used', async () => {
    const settings = {
      organisationName: 'Helix Biologics',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    };
    expect((await call('updateProgrammeSettings', { settings, expectedVersion: 1 }, manager)).ok).toBe(true);
    expect(await sign(manager, PASS)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'recordVersion' } });
    expect(hasher.checked).toBe(0);
    expect(await outcomes()).toEqual([]);
    expect((await call('getSigningStatus', {}, manager)).value).toMatchObject({ attemptsLeft: 5 });
  });
});

describe('passphrase resets', () => {
  async function lockOut(who: string) {
    for (let i = 1; i <= 5; i += 1) await sign(who, `wrong passphrase ${i}xx`, 'reviewed');
    expect((await call('getSigningStatus', {}, who)).value.lockedUntil).toBe('2026-11-24T09:15:00.000Z');
  }

  it('[P11.300d] [P11.10g] nobody resets their own passphrase; the refusal changes nothing', async () => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    expect(await call('resetSigningPassphrase', { accountId: manager, reason: 'Forgotten' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/another programme manager/) },
    });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
    expect((await call('getSigningStatus', {}, manager)).value.status).toBe('active');
    // Another programme manager may.
    expect((await call('resetSigningPassphrase', { accountId: manager, reason: 'Forgotten' }, secondManager)).ok).toBe(
      true,
    );
  });

  it('[P11.300d] a reset keeps an active lockout: the new passphrase signs only once the lock has run out', async () => {
    await lockOut(lead);
    expect((await call('resetSigningPassphrase', { accountId: lead, reason: 'Forgotten' }, manager)).ok).toBe(true);
    expect((await call('getSigningStatus', {}, lead)).value).toMatchObject({
      status: 'resetRequired',
      lockedUntil: '2026-11-24T09:15:00.000Z',
    });
    expect((await call('setSigningPassphrase', { newPassphrase: 'after the reset phrase' }, lead)).ok).toBe(true);
    expect(await sign(lead, 'after the reset phrase', 'reviewed')).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/locked until 2026-11-24T09:15/) },
    });
    ctx.clock.advanceMinutes(15);
    expect((await sign(lead, 'after the reset phrase', 'reviewed')).ok).toBe(true);
  });

  it('[P11.300d] [A11.12] the other programme managers see each reset, who did it and why', async () => {
    expect(
      (await call('resetSigningPassphrase', { accountId: lead, reason: 'Left on a sticky note' }, manager)).ok,
    ).toBe(true);
    const listed = await call('listRoleAssignments', {}, secondManager);
    expect(listed.value.passphraseResets).toEqual([
      {
        accountId: lead,
        displayName: 'Rahul Mehta',
        resetBy: manager,
        resetByName: 'Aoife Brennan',
        at: '2026-11-24T09:00:00.000Z',
        reason: 'Left on a sticky note',
      },
    ]);
  });
});
