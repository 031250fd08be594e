import type { AppServices } from '../../src/app/services';
import { cycleContext } from '../../src/app/programme/cycleContext';
import { AuditRecord, type AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import type { AppRole } from '../../src/domain/access/appRole';
import type { AuditState } from '../../src/domain/audits/auditState';

/**
 * The cast of the fieldwork suites (checklist, findings, evidence): a programme manager, the
 * audit's lead and team member, an auditor outside the team, a viewer and the area's owner.
 */
export const fieldworkPeople: Readonly<
  Record<'manager' | 'lead' | 'team' | 'outsider' | 'viewer' | 'auditee', string>
> = {
  manager: 'acct-manager',
  lead: 'acct-lead',
  team: 'acct-team',
  outsider: 'acct-outsider',
  viewer: 'acct-viewer',
  auditee: 'acct-auditee',
};
const { manager, lead, team, outsider, viewer, auditee } = fieldworkPeople;

export const fieldworkNames: Record<string, string> = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [team]: 'Sofia Lindqvist',
  [outsider]: 'Tomás Ruiz',
  [viewer]: 'Grace Okafor',
  [auditee]: 'Olu Adeyemi',
};

export const fieldworkRoles: Record<string, AppRole[]> = {
  [manager]: ['programmeManager'],
  [lead]: ['leadAuditor'],
  [team]: ['auditor'],
  [outsider]: ['auditor'],
  [viewer]: ['viewer'],
  [auditee]: ['auditee'],
};

/** The checklist lines of the suites' audits. */
export const fieldworkLines = ['A.8.13', 'A.8.15', '9.2.2'];

/** The programme of the current cycle, written directly (its use case has suites of its own). */
export async function writeCurrentProgramme(services: AppServices): Promise<void> {
  const { cycle } = await cycleContext(services);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeIdFor(cycle.start),
    before: null,
    after: AuditProgramme.parse({ cycleStart: cycle.start, cycleLengthMonths: 12 }),
    actor: manager,
    at: services.clock.now(),
  });
}

/**
 * An audit of the current cycle in `state`, written directly: led by `lead` with `team`, one open
 * checklist line per `fieldworkLines` item. `plan` must name the areas; it may change anything else.
 */
export async function writeFieldworkAudit(
  services: AppServices,
  id: string,
  state: AuditState,
  plan: Partial<AuditPlanContentInput> & Pick<AuditPlanContentInput, 'areaIds'>,
): Promise<void> {
  const { programmeId } = await cycleContext(services);
  await services.store.apply({
    entity: 'audit',
    id,
    before: null,
    after: AuditRecord.parse({
      programmeId,
      state,
      origin: { kind: 'manual' },
      checklist: fieldworkLines.map((itemId) => ({ itemId })),
      plan: {
        title: 'IT operations audit',
        itemIds: fieldworkLines,
        leadAuditorId: lead,
        teamIds: [team],
        auditeeIds: [auditee],
        plannedStart: '2026-11-23',
        plannedEnd: '2026-11-27',
        ...plan,
      },
    }),
    actor: manager,
    at: services.clock.now(),
  });
}
