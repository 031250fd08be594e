import { jiraAccess } from '../../../src/adapters/jira/jiraIssuesApi';
import { forgeQueue } from '../../../src/adapters/forge/forgeQueue';
import { kvsTrailCheckpoints } from '../../../src/adapters/forge/kvsTrailCheckpoints';
import { jiraAsApp, jiraAsUser } from '../../../src/adapters/forge/products';
import type { AppServices } from '../../../src/app/services';
import { appRoles } from '../../../src/domain/access/appRole';
import { suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import { AuditableArea } from '../../../src/domain/areas/auditableArea';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import { FindingRecord } from '../../../src/domain/audits/finding';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { appServicesForTest, MemorySecrets, MemorySnapshots } from '../appServices';
import { fieldworkNames, writeFieldworkAudit } from '../fieldwork';
import { AuditProgramme, programmeIdFor } from '../../../src/domain/programme/auditProgramme';
import { resolverSamples } from '../resolverSamples';

/**
 * The small, realistic world the fuzz runs in: programme settings and programme, two areas, an
 * audit in progress with findings, a cancelled audit, an audit of another programme, Jira settings
 * and the demo's NC/CA projects on an emulated Jira, and a signing passphrase for the caller who
 * holds every role. The store is the app's SQLite store in-process (fast); Jira and the raise
 * queue are the sandbox's emulators, reached through the app's own Forge adapters.
 */
// At most five roles per person: every role but viewer, which the others include.
export const everyRole = demoUsers.find((user) => user.siteAdmin)!.accountId;
/** Signed in to the site, known to Jira, but holding no app role. */
export const noRole = demoUsers.filter((user) => !user.siteAdmin)[0]!.accountId;
/** Holds the programme manager role in the app but may not see anything in Jira's CA project. */
export const blindToCa = demoUsers.filter((user) => !user.siteAdmin)[1]!.accountId;
export const worldPassphrase = 'correct horse battery staple';

export interface FuzzWorld {
  services: AppServices;
  /** The services a resolver invoked by `invokerId` gets. */
  servicesFor(invokerId?: string): AppServices;
  platform: SandboxPlatform;
  secrets: MemorySecrets;
  snapshots: MemorySnapshots;
  /** Ids and keys of records that exist, were cancelled, belong elsewhere or never existed. */
  knownIds: string[];
  close(): Promise<void>;
}

async function put(services: AppServices, entity: string, id: string, after: unknown): Promise<void> {
  const before = await services.store.get(entity as never, id);
  await services.store.apply({
    entity: entity as never,
    id,
    before,
    after: after as never,
    actor: everyRole,
    at: services.clock.now(),
  });
}

export async function fuzzWorld(): Promise<FuzzWorld> {
  const platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  platform.jira.configureProject({
    key: 'NC',
    name: 'Nonconformities',
    issueTypes: [{ name: 'Nonconformity' }],
    workflow: demoWorkflow,
  });
  platform.jira.configureProject({
    key: 'CA',
    name: 'Corrective actions',
    issueTypes: [{ name: 'Corrective action' }],
    workflow: demoWorkflow,
    permissions: { [blindToCa]: [] },
  });
  const ctx = await appServicesForTest({ ...fieldworkNames, [everyRole]: 'Every Role', [noRole]: 'No Role' });
  // As in production, the product views act as the invoking user only: one set of services per invoker.
  const servicesFor = (invokerId?: string): AppServices => ({
    ...ctx.services,
    jira: jiraAccess(jiraAsApp, jiraAsUser(invokerId)),
    raiseQueue: forgeQueue('raise-issues'),
    trailCheckpoints: kvsTrailCheckpoints,
    trailQueue: forgeQueue('trail-jobs'),
  });
  const services = servicesFor(everyRole);
  await put(services, 'userRoles', blindToCa, { accountId: blindToCa, roles: ['programmeManager'] });
  await put(services, 'userRoles', everyRole, {
    accountId: everyRole,
    roles: appRoles.filter((role) => role !== 'viewer'),
  });
  await put(services, 'programmeSettings', 'programme', {
    organisationName: 'Helix Biologics',
    cycleLengthMonths: 12,
    cycleStart: '2026-01-01',
    timeZone: 'Europe/Dublin',
    workingDays: [1, 2, 3, 4, 5],
  });
  // The programme of the current cycle, with the ISMS space its report and review pages go to.
  await put(
    services,
    'auditProgramme',
    programmeIdFor('2026-01-01'),
    AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey: 'ISMS' }),
  );
  for (const [id, name] of [
    ['area_1', 'IT operations'],
    ['area_2', 'Quality control laboratory'],
  ] as const) {
    await put(
      services,
      'auditableArea',
      id,
      AuditableArea.parse({
        name,
        ownerId: 'acct-auditee',
        memberIds: [],
        likelihood: 3,
        impact: 4,
        itemIds: ['A.8.13', 'A.8.15'],
      }),
    );
  }
  // A record that existed and was deleted: its id is in the trail but nowhere else.
  await put(services, 'auditableArea', 'area_deleted', {
    name: 'Retired site',
    ownerId: 'acct-auditee',
    memberIds: [],
    likelihood: 1,
    impact: 1,
    itemIds: [],
  });
  await put(services, 'auditableArea', 'area_deleted', null);
  await writeFieldworkAudit(services, 'audit_1', 'inProgress', { areaIds: ['area_1'], leadAuditorId: everyRole });
  await writeFieldworkAudit(services, 'audit_closed', 'closed', { areaIds: ['area_2'] });
  await writeFieldworkAudit(services, 'audit_2', 'planned', { areaIds: ['area_2'] });
  for (const n of [1, 2]) {
    await put(
      services,
      'finding',
      `finding_${n}`,
      FindingRecord.parse({
        auditId: 'audit_1',
        raisedOn: '2026-11-24',
        raisedBy: everyRole,
        content: {
          grade: n === 1 ? 'minorNC' : 'observation',
          itemId: 'A.8.13',
          areaId: 'area_1',
          requirement: 'Backups are tested by restoring them on a schedule',
          evidence: 'Restore log shows no test since March',
          gap: n === 1 ? 'No restore test in two quarters' : '',
        },
      }),
    );
  }
  // A record of another programme (last cycle's), to send where this cycle's ids are expected.
  await put(
    services,
    'auditProgramme',
    programmeIdFor('2025-01-01'),
    AuditProgramme.parse({ cycleStart: '2025-01-01', cycleLengthMonths: 12 }),
  );
  await put(
    services,
    'audit',
    'audit_foreign',
    AuditRecord.parse({
      programmeId: programmeIdFor('2025-01-01'),
      state: 'closed',
      origin: { kind: 'manual' },
      checklist: [{ itemId: 'A.8.13' }],
      plan: {
        title: 'Last cycle’s laboratory audit',
        areaIds: ['area_2'],
        itemIds: ['A.8.13'],
        leadAuditorId: everyRole,
        plannedStart: '2025-06-02',
        plannedEnd: '2025-06-06',
      },
    }),
  );
  await put(services, 'jiraSettings', 'jira', suggestedJiraSettings);
  const { setSigningPassphrase } = await import('../../../src/app/signing/passphrase');
  await setSigningPassphrase(services, { accountId: everyRole }, { newPassphrase: worldPassphrase });

  const seeded = await services.trail.entries({ limit: 10_000 });
  const sampleIds = JSON.stringify(resolverSamples).match(/"(?:[a-z]+_\d+|acct-[a-z-]+|NC-\d+)"/g) ?? [];
  const knownIds = [
    ...new Set([
      ...seeded.map((entry) => entry.entityId),
      ...sampleIds.map((quoted) => quoted.slice(1, -1)),
      everyRole,
      noRole,
      'programme',
      'cycle-2025-01-01',
      'audit_999',
      'finding_999',
      'ca_999',
      'review_999',
      'NC-1',
      'CA-1',
      'SEC-1',
    ]),
  ];
  return {
    services,
    servicesFor,
    platform,
    secrets: ctx.secrets,
    snapshots: ctx.services.snapshots as MemorySnapshots,
    knownIds,
    close: async () => {
      await ctx.close();
      await platform.close();
    },
  };
}
