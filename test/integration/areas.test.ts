import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const auditor = 'acct-auditor';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const area = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  ownerId: 'acct-olu',
  memberIds: ['acct-hannah'],
  likelihood: 4,
  impact: 5,
  itemIds: ['A.8.13', 'A.8.15', '9.2'],
  ...extra,
});

beforeEach(async () => {
  ctx = await appServicesForTest({ 'acct-olu': 'Olu Adeyemi' });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [auditor]: ['auditor'] });
});
afterEach(() => ctx.close());

const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

describe('auditable areas', () => {
  it('[ISO9.2.2] a programme manager records an area; everyone with a role sees it with its owner and risk', async () => {
    const saved = await call('saveAuditableArea', { expectedVersion: 0, area: area('IT operations') }, manager);
    expect(saved.value).toMatchObject({
      version: 1,
      ownerName: 'Olu Adeyemi',
      riskScore: 20,
      riskLevel: 'high',
      area: { itemIds: ['A.8.13', 'A.8.15', '9.2'] },
    });
    await call(
      'saveAuditableArea',
      { expectedVersion: 0, area: area('Finance', { likelihood: 2, impact: 2 }) },
      manager,
    );
    const listed = (await call('listAuditableAreas', {}, auditor)).value.areas;
    expect(listed.map((a: { area: { name: string }; riskLevel: string }) => [a.area.name, a.riskLevel])).toEqual([
      ['IT operations', 'high'],
      ['Finance', 'low'],
    ]);
    const changed = await call(
      'saveAuditableArea',
      { id: saved.value.id, expectedVersion: 1, area: area('IT operations', { impact: 3 }) },
      manager,
    );
    expect(changed.value).toMatchObject({ version: 2, riskScore: 12, riskLevel: 'medium' });
    expect((await services.trail.entries({ entityType: 'auditableArea', limit: 10 })).map((e) => e.action)).toEqual([
      'create',
      'create',
      'update',
    ]);
  });

  it('[P11.10g] refuses an auditor, a clause or control outside the catalogue, a duplicate name and a stale version — changing nothing', async () => {
    const first = await call('saveAuditableArea', { expectedVersion: 0, area: area('IT operations') }, manager);
    const before = await trailLength();
    expect(await call('saveAuditableArea', { expectedVersion: 0, area: area('QC laboratory') }, auditor)).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );
    expect(
      await call('saveAuditableArea', { expectedVersion: 0, area: area('QC', { itemIds: ['A.8.35'] }) }, manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'area.itemIds.0' },
    });
    expect(
      await call('saveAuditableArea', { expectedVersion: 0, area: area('QC', { likelihood: 6 }) }, manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'area.likelihood' },
    });
    expect(await call('saveAuditableArea', { expectedVersion: 0, area: area('it OPERATIONS') }, manager)).toMatchObject(
      {
        ok: false,
        error: { code: 'conflict', field: 'area.name' },
      },
    );
    expect(
      await call('saveAuditableArea', { id: first.value.id, expectedVersion: 0, area: area('IT operations') }, manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await trailLength()).toBe(before);
  });
});
