import { dispatch } from '../../../src/entry/dispatch';
import type { AppServices } from '../../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../../src/domain/programme/auditProgramme';
import { grantRoles } from '../../support/appServices';

/** The people of the review suites (in-process services; names come from the test directory). */
export const manager = 'acct-manager';
export const top = 'acct-ceo';
export const lead = 'acct-lead';
export const viewer = 'acct-viewer';
export const names = {
  [manager]: 'Aoife Brennan',
  [top]: 'Margit Olsen',
  [lead]: 'Rahul Mehta',
  [viewer]: 'Grace Okafor',
};
export const PASS = 'correct horse battery staple';

type Answer = { ok: true; value: any } | { ok: false; error: { code: string; message: string; field?: string } };

/** A resolver call through the entry layer (contract parse, role check, use case), as the UI makes it. */
export const caller =
  (services: () => AppServices) =>
  (name: string, payload: unknown, who: string): Promise<Answer> =>
    dispatch(name as never, payload, who, async () => services()) as Promise<Answer>;

/** Roles, the programme settings (cycle 2026, UTC) and the 2026 programme with its ISMS space. */
export async function seedReviewWorld(services: AppServices, ismsSpaceKey: string | null = 'ISMS'): Promise<void> {
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [top]: ['topManagement'],
    [lead]: ['leadAuditor'],
    [viewer]: ['viewer'],
  });
  const call = caller(() => services);
  const saved = await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix Biologics',
        cycleLengthMonths: 12,
        cycleStart: '2026-01-01',
        timeZone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
    },
    manager,
  );
  if (!saved.ok) throw new Error(saved.error.message);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeIdFor('2026-01-01'),
    before: null,
    after: AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey }),
    actor: manager,
    at: services.clock.now(),
  });
}
