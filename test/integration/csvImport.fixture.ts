// The CSV file tests' shared setup: the app with a manager, an auditor and a viewer, and helpers to call it and write files.
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

export const manager = 'acct-manager';
export const auditor = 'acct-auditor';
export const viewer = 'acct-viewer';
export const PASS = 'correct horse battery staple';

export let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
export let services: AppServices;
export const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
/** The services the next calls run on: a test swaps in a store that fails part-way. */
export function serveWith(next: AppServices): void {
  services = next;
}

export const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
export const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

// Each csvImport.*.test.ts calls this once: every test starts from fresh services with the roles granted.
export function useCsvFixture(): void {
  beforeEach(async () => {
    ctx = await appServicesForTest({ 'acct-olu': 'Olu Adeyemi' });
    services = ctx.services;
    await grantRoles(services, { [manager]: ['programmeManager'], [auditor]: ['auditor'], [viewer]: ['viewer'] });
  });
  afterEach(() => ctx.close());
}
