import { grantRoles } from '../../support/appServices';
import { writeFieldworkAudit } from '../../support/fieldwork';
import {
  auditId,
  lead,
  manager,
  passphrase,
  reachReporting,
  reportWorld,
  team,
  type ReportWorld,
} from '../reports/reportFixture';

// A report world writes a Confluence page and several records: generous on a loaded machine.
jest.setTimeout(120_000);

const otherLead = 'acct-lead-2';
const plannedAudit = 'audit_planned';
let world: ReportWorld;

const sign = (who: string, recordType: string, recordId: string, recordVersion: number, meaning = 'approved') =>
  world.call('signRecord', { recordType, recordId, recordVersion, meaning, passphrase }, who);
const versionOf = async (entity: 'audit' | 'auditReport', id: string) =>
  (await world.services.store.get(entity, id))!.version;

beforeEach(async () => {
  world = await reportWorld();
  await grantRoles(world.services, { [otherLead]: ['leadAuditor'] }, manager);
  await writeFieldworkAudit(world.services, plannedAudit, 'planned', { areaIds: ['area_it'], title: 'Access review' });
  for (const who of [manager, lead, otherLead])
    await world.value('setSigningPassphrase', { newPassphrase: passphrase }, who);
});
afterEach(() => world.close());

describe('signRecord keeps to each record kind’s own signing rules', () => {
  it('[P11.10g] [P11.10d] a programme manager cannot approve a draft audit report through signRecord; nothing is written', async () => {
    await reachReporting(world);
    const version = await versionOf('auditReport', auditId);
    const before = await world.trailLength();
    for (const who of [manager, lead]) {
      expect(await sign(who, 'auditReport', auditId, version)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/Approve the report/) },
      });
    }
    // Not even an attempt: the refusal comes before the passphrase is looked at.
    expect(await world.trailLength()).toBe(before);
    expect(await world.services.store.listBy('signature', 'recordId', auditId)).toEqual([]);
    expect((await world.services.store.get('auditReport', auditId))!.record.approval).toBeNull();
  });

  it('[P11.10g] verifications and impartiality overrides are signed only through their own actions', async () => {
    const before = await world.trailLength();
    expect(await sign(manager, 'caVerification', 'ca_1:v1', 1, 'verified')).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Verify effectiveness/) },
    });
    expect(await sign(manager, 'impartialityOverride', `${plannedAudit}:x`, 1, 'impartialityOverride')).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Override impartiality/) },
    });
    expect(await world.trailLength()).toBe(before);
  });

  it('[P11.10g] [P11.10d] an audit plan is approved only by its own lead auditor or a programme manager', async () => {
    const version = await versionOf('audit', plannedAudit);
    const before = await world.trailLength();
    expect(await sign(otherLead, 'audit', plannedAudit, version)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/lead auditor/) },
    });
    expect(await sign(team, 'audit', plannedAudit, version)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await world.trailLength()).toBe(before);
    expect(await sign(lead, 'audit', plannedAudit, version)).toMatchObject({
      ok: true,
      value: { signerAccountId: lead },
    });
    expect(await sign(manager, 'audit', plannedAudit, version)).toMatchObject({
      ok: true,
      value: { signerAccountId: manager },
    });
  });

  it('[P11.10g] an audit plan is approved before or during fieldwork, not once the audit is reported', async () => {
    expect((await sign(lead, 'audit', auditId, await versionOf('audit', auditId))).ok).toBe(true);
    await reachReporting(world);
    const before = await world.trailLength();
    expect(await sign(manager, 'audit', auditId, await versionOf('audit', auditId))).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'recordId', message: expect.stringMatching(/before or during fieldwork/) },
    });
    expect(await world.trailLength()).toBe(before);
  });
});
