import type { AppServices } from '../../../src/app/services';
import { appServicesForTest } from '../../support/appServices';

/**
 * The two bounded reads a large job walks with: `listBy` over several values (one `IN (…)` read,
 * not one per value) and `listAfter` (a part of a table in id order, from where the last stopped).
 */
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
beforeEach(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  for (const [n, ownerId] of ['owner-a', 'owner-b', 'owner-c', 'owner-a', 'owner-c', 'owner-b', 'owner-a'].entries()) {
    await services.store.apply({
      entity: 'auditableArea',
      id: `area-${n + 1}`,
      before: null,
      after: { name: `Area ${n + 1}`, ownerId, memberIds: [], likelihood: 3, impact: 3, itemIds: [] },
      actor: 'owner-a',
      at: new Date('2026-12-07T09:00:00Z'),
    });
  }
});
afterEach(() => ctx.close());

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

describe('bounded reads of a large table', () => {
  it('lists the records whose field is any of several values, in id order; none for no values', async () => {
    expect(ids(await services.store.listBy('auditableArea', 'ownerId', ['owner-c', 'owner-a', 'owner-a']))).toEqual([
      'area-1',
      'area-3',
      'area-4',
      'area-5',
      'area-7',
    ]);
    expect(await services.store.listBy('auditableArea', 'ownerId', [])).toEqual([]);
    expect(ids(await services.store.listBy('auditableArea', 'ownerId', 'owner-b'))).toEqual(['area-2', 'area-6']);
  });

  it('reads a table in bounded parts that go on after the last id, each record once', async () => {
    const first = await services.store.listAfter('auditableArea', null, 3);
    expect(ids(first)).toEqual(['area-1', 'area-2', 'area-3']);
    const second = await services.store.listAfter('auditableArea', first.at(-1)!.id, 3);
    expect(ids(second)).toEqual(['area-4', 'area-5', 'area-6']);
    expect(ids(await services.store.listAfter('auditableArea', second.at(-1)!.id, 3))).toEqual(['area-7']);
    expect(await services.store.listAfter('auditableArea', 'area-7', 3)).toEqual([]);
    expect(first[0]!.record).toMatchObject({ name: 'Area 1', ownerId: 'owner-a' });
  });
});
