import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const viewer = 'acct-viewer';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const settings = (organisationName: string) => ({
  organisationName,
  cycleLengthMonths: 12,
  cycleStart: '2026-01-01',
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
});

beforeEach(async () => {
  ctx = await appServicesForTest({ [manager]: 'Aoife Brennan', [viewer]: 'Grace Okafor' });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [viewer]: ['viewer'] });
  ctx.clock.advanceMinutes(60);
  await call(
    'updateProgrammeSettings',
    { settings: settings('=HYPERLINK("http://evil")'), expectedVersion: 0 },
    manager,
  );
  ctx.clock.advanceMinutes(60);
  await call(
    'updateProgrammeSettings',
    { settings: settings('Helix "Biologics", Ltd'), expectedVersion: 1, reason: 'Name, with "quotes"' },
    manager,
  );
});
afterEach(() => ctx.close());

describe('the audit trail, viewed and exported', () => {
  it('[P11.10e] filters by record, user, action and date, oldest first, in pages', async () => {
    const all = (await call('listAuditTrail', { limit: 100 }, viewer)).value;
    expect(all.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    const byRecord = (await call('listAuditTrail', { entityType: 'programmeSettings', limit: 100 }, viewer)).value
      .entries;
    expect(byRecord.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect((await call('listAuditTrail', { actor: viewer, limit: 100 }, viewer)).value.entries).toEqual([]);
    expect((await call('listAuditTrail', { action: 'update', limit: 100 }, viewer)).value.entries).toHaveLength(1);
    const window = await call(
      'listAuditTrail',
      { from: '2026-11-24T10:00:00.000Z', to: '2026-11-24T10:30:00Z', limit: 100 },
      viewer,
    );
    expect(window.value.entries.map((e: { seq: number }) => e.seq)).toEqual([3]);
    const first = (await call('listAuditTrail', { limit: 3 }, viewer)).value;
    expect(first.nextAfterSeq).toBe(3);
    const second = (await call('listAuditTrail', { limit: 3, afterSeq: first.nextAfterSeq }, viewer)).value;
    expect(second).toEqual({ entries: [expect.objectContaining({ seq: 4 })], nextAfterSeq: null });
    expect(await call('listAuditTrail', { limit: 100, action: 'erase' }, viewer)).toMatchObject({
      ok: false,
      error: { field: 'action' },
    });
  });

  it('[P11.10b] exports the filtered trail as JSON and as CSV that spreadsheets read safely', async () => {
    const json = (await call('exportAuditTrail', { entityType: 'programmeSettings', format: 'json' }, viewer)).value;
    expect(json).toMatchObject({
      mimeType: 'application/json',
      entries: 2,
      fileName: expect.stringMatching(/\.json$/),
    });
    expect(JSON.parse(json.content)[1]).toMatchObject({
      action: 'update',
      reason: 'Name, with "quotes"',
      after: { organisationName: 'Helix "Biologics", Ltd' },
    });
    const csv = (await call('exportAuditTrail', { entityType: 'programmeSettings', format: 'csv' }, viewer)).value;
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,action,entityType,entityId,entityVersion,reason,before,after,prevHash,hash');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"Name, with ""quotes"""');
    // A value that starts like a formula is neutralised, never executed by a spreadsheet.
    expect(lines[1]).not.toMatch(/(^|,)"=HYPERLINK/);
    expect(lines[1]).toContain(`""organisationName"":""=HYPERLINK`);
  });

  it('[P11.10b] [A11.8] exports the programme record: records, signatures, trail and its verdict', async () => {
    const exported = (await call('exportProgrammeRecord', {}, viewer)).value;
    expect(exported).toMatchObject({
      format: 'iso27001-audit-record',
      formatVersion: 1,
      exportedBy: { accountId: viewer, displayName: 'Grace Okafor' },
      scope: { type: 'programme', title: 'Audit programme — Helix "Biologics", Ltd' },
      trailVerdict: { intact: true, entries: 4 },
      signatures: [],
    });
    expect(
      exported.records.map((r: { type: string; id: string; version: number }) => [r.type, r.id, r.version]),
    ).toEqual([
      ['programmeSettings', 'programme', 2],
      ['userRoles', manager, 1],
      ['userRoles', viewer, 1],
    ]);
    expect(exported.trail).toHaveLength(4);
  });

  it('[P11.10e] gives nobody a way to change the trail: no resolver writes it', async () => {
    const { resolverContract } = await import('../../src/contract/resolvers');
    const names = Object.keys(resolverContract);
    expect(names.filter((n) => /trail/i.test(n)).sort()).toEqual([
      'exportAuditTrail',
      'listAuditTrail',
      'startTrailExport',
      'verifyAuditTrail',
    ]);
  });
});
