import { appRoles, type AppRole } from '../../src/domain/access/appRole';
import { resolverContract, type ResolverName } from '../../src/contract/resolvers';
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';
import { resolverSamples } from '../support/resolverSamples';

/** A well-formed payload for every resolver, so the call gets past input parsing and reaches the role check. */
const samples = resolverSamples;

const holder = (role: AppRole) => `acct-${role}`;
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;

beforeAll(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  await grantRoles(services, Object.fromEntries(appRoles.map((role) => [holder(role), [role]])));
});
afterAll(() => ctx.close());

const names = Object.keys(resolverContract) as ResolverName[];
const restricted = names.flatMap((name) => {
  const access = resolverContract[name].access;
  return Array.isArray(access) ? appRoles.filter((role) => !access.includes(role)).map((role) => [name, role]) : [];
}) as Array<[ResolverName, AppRole]>;

describe('role checks in the resolver, for every resolver', () => {
  it('has a well-formed sample payload for every resolver in the contract', () => {
    for (const name of names) {
      const parsed = resolverContract[name].input.safeParse(samples[name]);
      expect({ name, ok: parsed.success, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
        name,
        ok: true,
        issues: [],
      });
    }
  });

  it.each(restricted)('[P11.10d] %s answers forbidden to a %s and changes nothing', async (name, role) => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    const answer = await dispatch(name, samples[name], holder(role), async () => services);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
  });

  it.each(names.filter((name) => resolverContract[name].access !== 'anyone'))(
    '[P11.10d] %s answers forbidden to a signed-in account with no app role',
    async (name) => {
      const answer = await dispatch(name, samples[name], 'acct-nobody', async () => services);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );
});
