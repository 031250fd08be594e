import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const auditor = 'acct-auditor';
const viewer = 'acct-viewer';
const names = { [manager]: 'Aoife Brennan', 'acct-olu': 'Olu Adeyemi' };
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

const excluded = (controlId: string, extra: Record<string, unknown> = {}) => ({
  controlId,
  applicable: false,
  justification: 'No software is developed in house; all systems are bought as services.',
  implementation: 'notImplemented',
  ownerId: null,
  documents: [],
  ...extra,
});
const lineOf = (view: { lines: Array<{ entry: { controlId: string } }> }, controlId: string) =>
  view.lines.find((line) => line.entry.controlId === controlId);

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [auditor]: ['auditor'], [viewer]: ['viewer'] });
});
afterEach(() => ctx.close());

describe('Statement of Applicability', () => {
  it('[ISO6.1.3d] shows every Annex A control applicable and not implemented while never saved (version 0)', async () => {
    const view = (await call('getStatementOfApplicability', {}, viewer)).value;
    expect(view).toMatchObject({
      version: 0,
      updatedAt: null,
      updatedBy: null,
      updatedByName: null,
      approvals: [],
      summary: { applicable: 93, excluded: 0, implemented: 0 },
    });
    expect(view.lines).toHaveLength(93);
    expect(view.lines[0]).toMatchObject({
      entry: { controlId: 'A.5.1', applicable: true, implementation: 'notImplemented', ownerId: null, documents: [] },
      theme: 'organizational',
      ownerName: null,
    });
    expect(view.lines[0].title).toEqual(expect.any(String));
    expect(view.lines.map((l: { entry: { controlId: string } }) => l.entry.controlId).slice(-2)).toEqual([
      'A.8.33',
      'A.8.34',
    ]);
  });

  it('[ISO6.1.3d] a programme manager excludes a control with a justification and sets owner, status and documents; each save is a version in the trail', async () => {
    const first = await call('saveSoaEntry', { entry: excluded('A.8.25'), expectedVersion: 0 }, manager);
    expect(first.ok).toBe(true);
    expect(first.value).toMatchObject({
      version: 1,
      updatedBy: manager,
      updatedByName: 'Aoife Brennan',
      summary: { applicable: 92, excluded: 1, implemented: 0 },
    });
    expect(lineOf(first.value, 'A.8.25')).toMatchObject({ entry: { applicable: false } });

    const owned = await call(
      'saveSoaEntry',
      {
        entry: {
          controlId: 'A.5.15',
          applicable: true,
          implementation: 'implemented',
          ownerId: 'acct-olu',
          documents: [{ pageId: '65538', title: 'Access control policy' }],
        },
        expectedVersion: 1,
      },
      manager,
    );
    expect(owned.value).toMatchObject({ version: 2, summary: { applicable: 92, excluded: 1, implemented: 1 } });
    expect(lineOf(owned.value, 'A.5.15')).toMatchObject({
      ownerName: 'Olu Adeyemi',
      entry: { justification: '', documents: [{ pageId: '65538', title: 'Access control policy' }] },
    });
    // Everyone with a role reads the same version.
    expect((await call('getStatementOfApplicability', {}, auditor)).value.version).toBe(2);
    const trail = await services.trail.entries({ entityType: 'statementOfApplicability', limit: 10 });
    expect(trail.map((e) => [e.action, e.entityId, e.entityVersion, e.actor])).toEqual([
      ['create', 'soa', 1, manager],
      ['update', 'soa', 2, manager],
    ]);
  });

  it('writes no new version when a line is saved unchanged', async () => {
    await call('saveSoaEntry', { entry: excluded('A.8.25'), expectedVersion: 0 }, manager);
    const before = await trailLength();
    const again = await call('saveSoaEntry', { entry: excluded('A.8.25'), expectedVersion: 1 }, manager);
    expect(again.value.version).toBe(1);
    expect(await trailLength()).toBe(before);
  });

  it('[ISO6.1.3d] [P11.10g] refuses an exclusion without justification, a non-control, a stale version and anyone but a programme manager — changing nothing', async () => {
    await call('saveSoaEntry', { entry: excluded('A.8.25'), expectedVersion: 0 }, manager);
    const before = await trailLength();
    expect(
      await call('saveSoaEntry', { entry: excluded('A.5.7', { justification: 'n/a' }), expectedVersion: 1 }, manager),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'entry.justification' } });
    expect(await call('saveSoaEntry', { entry: excluded('9.2'), expectedVersion: 1 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'entry.controlId' },
    });
    expect(
      await call('saveSoaEntry', { entry: excluded('A.5.1', { implementation: 'done' }), expectedVersion: 1 }, manager),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'entry.implementation' } });
    expect(await call('saveSoaEntry', { entry: excluded('A.5.7'), expectedVersion: 0 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    for (const who of [auditor, viewer]) {
      expect(await call('saveSoaEntry', { entry: excluded('A.5.7'), expectedVersion: 1 }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await trailLength()).toBe(before);
    expect((await call('getStatementOfApplicability', {}, viewer)).value.summary.excluded).toBe(1);
  });

  it('[ISO6.1.3d] [P11.50] shows the current approval; changing an approved version needs a reason and withdraws the approval', async () => {
    await call('saveSoaEntry', { entry: excluded('A.8.25'), expectedVersion: 0 }, manager);
    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
    const signed = await call(
      'signRecord',
      {
        recordType: 'statementOfApplicability',
        recordId: 'soa',
        recordVersion: 1,
        meaning: 'approved',
        passphrase: PASS,
      },
      manager,
    );
    expect(signed.ok).toBe(true);
    const approved = (await call('getStatementOfApplicability', {}, viewer)).value;
    expect(approved.approvals).toEqual([
      expect.objectContaining({
        signerName: 'Aoife Brennan',
        meaning: 'approved',
        recordVersion: 1,
        status: 'current',
        bindingIntact: true,
      }),
    ]);

    const before = await trailLength();
    const refused = await call('saveSoaEntry', { entry: excluded('A.7.5'), expectedVersion: 1 }, manager);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(refused.error.message).toContain(
      'Version 1 of the Statement of Applicability was approved by Aoife Brennan',
    );
    expect(await trailLength()).toBe(before);

    const changed = await call(
      'saveSoaEntry',
      { entry: excluded('A.7.5'), expectedVersion: 1, reason: 'Site closed; no secure areas any more' },
      manager,
    );
    expect(changed.value).toMatchObject({ version: 2, approvals: [], summary: { excluded: 2 } });
    const [last] = (await services.trail.entries({ entityType: 'statementOfApplicability', limit: 10 })).slice(-1);
    expect(last).toMatchObject({ entityVersion: 2, reason: 'Site closed; no secure areas any more' });
    const signatures = (
      await call('listSignatures', { recordType: 'statementOfApplicability', recordId: 'soa' }, viewer)
    ).value.signatures;
    expect(signatures.map((s: { status: string }) => s.status)).toEqual(['supersededByChange']);
  });
});
