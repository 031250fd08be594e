import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const viewer = 'acct-viewer';
const names = { [manager]: 'Aoife Brennan', [lead]: 'Rahul Mehta', [viewer]: 'Grace Okafor' };
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function seed() {
  await grantRoles(services, { [manager]: ['programmeManager'], [lead]: ['leadAuditor'], [viewer]: ['viewer'] });
  const saved = await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix',
        cycleLengthMonths: 12,
        cycleStart: '2026-01-01',
        timeZone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
    },
    manager,
  );
  expect(saved.ok).toBe(true);
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seed();
});
afterEach(() => ctx.close());

const sign = (who: string, passphrase: string, extra: Record<string, unknown> = {}) =>
  call(
    'signRecord',
    {
      recordType: 'programmeSettings',
      recordId: 'programme',
      recordVersion: 1,
      meaning: 'approved',
      passphrase,
      ...extra,
    },
    who,
  );

async function trailOf(entityType: string) {
  return services.trail.entries({ entityType, limit: 1000 });
}

describe('electronic signatures', () => {
  it('[P11.50] [P11.70] records signer, printed name, UTC time, meaning and the hash of the exact content signed', async () => {
    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).value).toMatchObject({
      status: 'active',
    });
    const signed = await sign(manager, PASS);
    expect(signed.ok).toBe(true);
    expect(signed.value).toMatchObject({
      recordType: 'programmeSettings',
      recordId: 'programme',
      recordVersion: 1,
      signerAccountId: manager,
      signerName: 'Aoife Brennan',
      signedAt: '2026-11-24T09:00:00.000Z',
      meaning: 'approved',
      meaningWords: expect.stringMatching(/^Approved/),
      status: 'current',
      bindingIntact: true,
    });
    expect(signed.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, viewer);
    expect(listed.value.signatures).toEqual([signed.value]);
  });

  it('[P11.200] needs both components: the platform identity and the passphrase; only the right role may sign', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    await call('setSigningPassphrase', { newPassphrase: 'a different long phrase' }, lead);
    expect(await sign(manager, 'not my passphrase at all')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'passphrase' },
    });
    // The lead auditor's own, correct passphrase does not let them approve: approval is the manager's.
    expect(await sign(lead, 'a different long phrase')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sign(lead, 'a different long phrase', { meaning: 'reviewed' })).toMatchObject({
      ok: true,
      value: { meaning: 'reviewed' },
    });
    expect(await sign(viewer, PASS)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await call(
        'signRecord',
        {
          recordType: 'programmeSettings',
          recordId: 'programme',
          recordVersion: 1,
          meaning: 'approved',
          passphrase: PASS,
        },
        '',
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('[P11.10e] [A11.9] records every attempt, failed or not, in the audit trail', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    await sign(manager, 'wrong passphrase number one');
    await sign(manager, PASS);
    const attempts = (await trailOf('signingAttempt')).map((e) => (e.after as { outcome: string }).outcome);
    // Each use is counted before its passphrase is checked, then its outcome follows.
    expect(attempts).toEqual(['passphraseGiven', 'wrongPassphrase', 'passphraseGiven', 'signed']);
    expect((await trailOf('signature')).map((e) => e.action)).toEqual(['create']);
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
  });

  it('[P11.300d] locks signing after five wrong passphrases, blocks the sixth, and unlocks after 15 minutes', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    for (let i = 1; i <= 5; i += 1)
      expect((await sign(manager, `wrong passphrase ${i}xx`)).error.field).toBe('passphrase');
    const sixth = await sign(manager, PASS);
    expect(sixth).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/locked until/) },
    });
    expect((await call('getSigningStatus', {}, manager)).value).toMatchObject({
      lockedUntil: '2026-11-24T09:15:00.000Z',
    });
    ctx.clock.advanceMinutes(14);
    expect((await sign(manager, PASS)).ok).toBe(false);
    ctx.clock.advanceMinutes(1);
    expect((await sign(manager, PASS)).ok).toBe(true);
    const outcomes = (await trailOf('signingAttempt')).map((e) => (e.after as { outcome: string }).outcome);
    expect(outcomes).toEqual([
      ...Array(5).fill(['passphraseGiven', 'wrongPassphrase']).flat(),
      'locked',
      'locked',
      'passphraseGiven',
      'signed',
    ]);
  });

  it('[P11.100] a signature belongs to its signer only: each signs for themselves, once per meaning and version', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    await call('setSigningPassphrase', { newPassphrase: 'the lead auditor phrase' }, lead);
    const approved = await sign(manager, PASS);
    const reviewed = await sign(lead, 'the lead auditor phrase', { meaning: 'reviewed' });
    expect([approved.value.signerAccountId, reviewed.value.signerAccountId]).toEqual([manager, lead]);
    expect(approved.value.id).not.toBe(reviewed.value.id);
    // Nobody can sign with someone else's passphrase: the identity is the caller's, always.
    expect(await sign(lead, PASS, { meaning: 'reviewed' })).toMatchObject({
      ok: false,
      error: { field: 'passphrase' },
    });
    expect(await sign(manager, PASS)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'meaning' } });
  });

  it('[P11.10f] [P11.70] binds a signature to its record: a change supersedes it, withdraws the approval and needs a reason', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    await sign(manager, PASS);
    const changed = {
      organisationName: 'Helix Biologics',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    };
    const noReason = await call('updateProgrammeSettings', { settings: changed, expectedVersion: 1 }, manager);
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(
      (
        await call(
          'updateProgrammeSettings',
          { settings: changed, expectedVersion: 1, reason: 'Legal name corrected' },
          manager,
        )
      ).ok,
    ).toBe(true);
    const [signature] = (
      await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, viewer)
    ).value.signatures;
    expect(signature).toMatchObject({ recordVersion: 1, status: 'supersededByChange', bindingIntact: true });
    // Signing the old version now is refused: the signer must read the record as it is.
    expect(await sign(manager, PASS)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'recordVersion' } });
    expect((await sign(manager, PASS, { recordVersion: 2 })).value).toMatchObject({
      recordVersion: 2,
      status: 'current',
    });
  });

  it('[P11.70] a signature cannot be edited, removed or copied to another record', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    const { value } = await sign(manager, PASS);
    const stored = await services.store.get('signature', value.id);
    await expect(
      services.store.apply({
        entity: 'signature',
        id: value.id,
        before: stored,
        after: { ...stored!.record, recordId: 'other' },
        actor: manager,
        at: ctx.clock.now(),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      services.store.apply({
        entity: 'signature',
        id: value.id,
        before: stored,
        after: null,
        actor: manager,
        at: ctx.clock.now(),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    // A signature row copied to another record by hand does not bind: its hash is not that record's content.
    await ctx.db.updateTable('signatures').set({ record_version: 1, record_id: 'programme' }).execute();
    await ctx.db
      .updateTable('signatures')
      .set({ content_hash: 'f'.repeat(64) })
      .execute();
    const [tampered] = (
      await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, viewer)
    ).value.signatures;
    expect(tampered.bindingIntact).toBe(false);
  });

  it('[P11.300b] changing the passphrase needs the current one; a programme manager can reset it, in the trail', async () => {
    await call('setSigningPassphrase', { newPassphrase: PASS }, lead);
    expect(await call('setSigningPassphrase', { newPassphrase: 'a brand new passphrase' }, lead)).toMatchObject({
      ok: false,
      error: { field: 'currentPassphrase' },
    });
    expect(
      (await call('setSigningPassphrase', { newPassphrase: 'a brand new passphrase', currentPassphrase: PASS }, lead))
        .ok,
    ).toBe(true);
    expect(await call('resetSigningPassphrase', { accountId: lead, reason: 'Forgotten' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await call('resetSigningPassphrase', { accountId: lead, reason: 'Forgotten' }, manager)).ok).toBe(true);
    expect((await call('getSigningStatus', {}, lead)).value.status).toBe('resetRequired');
    expect(await sign(lead, 'a brand new passphrase', { meaning: 'reviewed' })).toMatchObject({
      ok: false,
      error: { field: 'passphrase' },
    });
    const resets = (await trailOf('signingCredential')).filter((e) => e.actor === manager);
    expect(resets).toHaveLength(1);
    expect(resets[0]!.reason).toMatch(/reset by a programme manager: Forgotten/);
    expect((await call('setSigningPassphrase', { newPassphrase: 'after the reset phrase' }, lead)).ok).toBe(true);
    expect((await sign(lead, 'after the reset phrase', { meaning: 'reviewed' })).ok).toBe(true);
  });

  it('[P11.300a] never returns, records, logs or exports a passphrase or its hash', async () => {
    const logged: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    const answers: unknown[] = [];
    answers.push(await call('setSigningPassphrase', { newPassphrase: PASS }, manager));
    answers.push(await sign(manager, 'a wrong one, twelve+'));
    answers.push(await sign(manager, PASS));
    answers.push(await call('getSigningStatus', {}, manager));
    answers.push(await call('exportProgrammeRecord', {}, viewer));
    answers.push(await call('exportAuditTrail', { format: 'json' }, viewer));
    answers.push(await call('exportAuditTrail', { format: 'csv' }, viewer));
    const trail = await services.trail.entries({ limit: 10_000 });
    spies.forEach((spy) => spy.mockRestore());
    const everything = JSON.stringify([answers, trail, logged]);
    expect(ctx.secrets.everWritten.length).toBeGreaterThan(0);
    for (const secret of [PASS, 'a wrong one, twelve+', ...ctx.secrets.everWritten])
      expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/scrypt\$/);
  });

  it('rejects a too-short passphrase naming the field, and changes nothing', async () => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    expect(await call('setSigningPassphrase', { newPassphrase: 'short' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'newPassphrase' },
    });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
  });
});
