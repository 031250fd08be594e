// The KPI macro tests' shared setup: a seeded programme with audits, findings and actions, and helpers that count reads and check the ADF.
import { checkAdf } from '../../../sandbox/openapi/adf';
import type { AppServices } from '../../../src/app/services';
import { doc } from '../../../src/app/pages/adf';
import { macroAdf } from '../../../src/app/review/macros/exportMacro';
import type { MacroData } from '../../../src/contract/review';
import { dispatch } from '../../../src/entry/dispatch';
import type { EntityName } from '../../../src/ports/entities';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import { fieldworkNames, fieldworkPeople, fieldworkRoles } from '../../support/fieldwork';
import { action, audit, finding, verification } from '../../unit/domain/review/kpis/kpiFixtures';

const { manager, viewer } = fieldworkPeople;

export let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
export let services: AppServices;
export const call = (name: string, payload: unknown, who = viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

export async function put(entity: EntityName, item: { id: string; record: unknown }) {
  await services.store.apply({
    entity,
    id: item.id,
    before: null,
    after: item.record as never,
    actor: manager,
    at: services.clock.now(),
  });
}

export const checked = (itemId: string) => ({ checklist: [{ itemId, result: 'conforming' as const, note: '' }] });

/**
 * A 2026 cycle in Dublin, today 24 November 2026 (the test clock):
 * audits  a1 ends 5 Mar, reported 5 Mar (on time, 9.2.2 audited); a2 ends 30 Jun, reported 3 Jul (late,
 *         A.8.13 audited); a3 ends 31 Oct, still in progress (late); a4 ends 10 Dec (not due)
 * NCs     f1 major 5 Mar, closed by CA1 on 4 Apr (30 days); f2 minor 1 Jul, CA2 due 1 Oct not implemented
 *         (54 days overdue); f4 minor 1 Aug, CA3 not effective 20 Aug then effective 31 Aug 23:30 UTC =
 *         1 Sep in Dublin (31 days); f3 observation 2 Jul repeating an older finding
 */
export async function seedProgramme() {
  const settings = await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix Biologics Ltd',
        cycleLengthMonths: 12,
        cycleStart: '2026-01-01',
        timeZone: 'Europe/Dublin',
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
    },
    manager,
  );
  expect(settings.ok).toBe(true);
  for (const item of [
    audit(
      'a1',
      { plannedStart: '2026-03-02', plannedEnd: '2026-03-05', itemIds: ['9.2.2'] },
      'closed',
      '2026-03-05',
      checked('9.2.2'),
    ),
    audit(
      'a2',
      { plannedStart: '2026-06-22', plannedEnd: '2026-06-30', itemIds: ['A.8.13'] },
      'reporting',
      '2026-07-03',
      checked('A.8.13'),
    ),
    audit('a3', { plannedStart: '2026-10-26', plannedEnd: '2026-10-31' }, 'inProgress'),
    audit('a4', { plannedStart: '2026-12-07', plannedEnd: '2026-12-10' }, 'planned'),
  ]) {
    await put('audit', item);
  }
  for (const item of [
    finding('f1', 'majorNC', '2026-03-05'),
    finding('f2', 'minorNC', '2026-07-01'),
    finding('f3', 'observation', '2026-07-02', { repeatOf: ['f0'] }),
    finding('f4', 'minorNC', '2026-08-01'),
  ]) {
    await put('finding', item);
  }
  const ca1 = action('CA1', ['f1'], 'closed', {
    openedAt: '2026-03-06T09:00:00Z',
    closedAt: '2026-04-04T09:00:00Z',
    verificationIds: ['CA1:v1'],
  });
  const ca2 = action('CA2', ['f2'], 'implementation', { openedAt: '2026-07-02T09:00:00Z', dueDate: '2026-10-01' });
  const ca3 = action('CA3', ['f4'], 'closed', {
    openedAt: '2026-08-02T09:00:00Z',
    closedAt: '2026-08-31T23:30:00Z',
    verificationIds: ['CA3:v1', 'CA3:v2'],
    notEffectiveCount: 1,
  });
  for (const item of [ca1, ca2, ca3]) await put('correctiveAction', item);
  for (const item of [
    verification('CA1', 1, 'effective', '2026-04-04T09:00:00Z'),
    verification('CA3', 1, 'notEffective', '2026-08-20T09:00:00Z'),
    verification('CA3', 2, 'effective', '2026-08-31T23:30:00Z'),
  ]) {
    await put('caVerification', item);
  }
  // Outside figures through their resolver, as the programme manager records them.
  for (const [month, incidents, hours, training] of [
    ['2026-01', 2, 5, 90],
    ['2026-02', 0, null, 100],
  ] as const) {
    const saved = await call(
      'savePeriodFigures',
      {
        month,
        expectedVersion: 0,
        incidents,
        incidentHoursToResolve: hours,
        trainingCompletionPct: training,
      },
      manager,
    );
    expect(saved.ok).toBe(true);
  }
}

/** Counts the store reads of a computation and refuses any directory lookup (it would ask Jira). */
export function counted(base: AppServices) {
  const reads: string[] = [];
  const store = new Proxy(base.store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (name !== 'apply') reads.push(`${String(name)}(${JSON.stringify(args[0])})`);
        return value.apply(target, args);
      };
    },
  });
  const directory = {
    displayName: async () => {
      throw new Error('a macro looked up a name (a Jira call)');
    },
    isSiteAdmin: async () => false,
  };
  return { services: { ...base, store, directory } as AppServices, reads };
}

export const adfProblems = (data: MacroData) => checkAdf(doc(macroAdf(data)));

// Each kpiMacros.*.test.ts calls this once: every test starts from fresh services with the fieldwork roles.
export function useKpiFixture(): void {
  beforeEach(async () => {
    ctx = await appServicesForTest(fieldworkNames);
    services = ctx.services;
    await grantRoles(services, fieldworkRoles);
  });
  afterEach(() => ctx.close());
}
