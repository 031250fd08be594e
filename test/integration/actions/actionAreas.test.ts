import { openCorrectiveAction, recordCorrectiveActionStep } from '../../../src/app/actions/correctiveActions';
import { toActionView, viewContext } from '../../../src/app/actions/actionViews';
import type { AppServices } from '../../../src/app/services';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import { FindingRecord } from '../../../src/domain/audits/finding';
import { Failure } from '../../../src/domain/failure';
import { appServicesForTest, grantRoles } from '../../support/appServices';

/**
 * An auditee works corrective actions of their own areas only: a finding of their area listed
 * beside findings of other areas must not carry those into their reach.
 */

const manager = 'acc-manager';
const tomasz = 'acc-tomasz'; // auditee: owns IT operations only
const marco = 'acc-marco'; // auditee: owns the laboratory

let services: AppServices;
let close: () => Promise<void>;

async function put(entity: string, id: string, after: unknown) {
  await services.store.apply({
    entity: entity as never,
    id,
    before: null,
    after: after as never,
    actor: manager,
    at: services.clock.now(),
  });
}

const area = (name: string, ownerId: string) => ({
  name,
  ownerId,
  memberIds: [],
  likelihood: 3,
  impact: 3,
  itemIds: ['A.8.13'],
});

const finding = (areaId: string) =>
  FindingRecord.parse({
    auditId: 'audit-1',
    raisedOn: '2026-11-24',
    raisedBy: manager,
    content: {
      grade: 'minorNC',
      itemId: 'A.8.13',
      areaId,
      requirement: 'Backups are tested by restoring them',
      evidence: 'No restore log since March',
      gap: 'No restore test in two quarters',
    },
  });

const opening = (findingIds: string[]) => ({
  findingIds,
  title: 'Schedule restore tests',
  correction: { text: 'Ran a restore test now' },
});

beforeEach(async () => {
  const made = await appServicesForTest({ [manager]: 'Aoife', [tomasz]: 'Tomasz', [marco]: 'Marco' });
  services = made.services;
  close = made.close;
  await grantRoles(services, { [manager]: ['programmeManager'], [tomasz]: ['auditee'], [marco]: ['auditee'] });
  await put('auditableArea', 'area-it', area('IT operations', tomasz));
  await put('auditableArea', 'area-lab', area('Laboratory', marco));
  await put(
    'audit',
    'audit-1',
    AuditRecord.parse({
      programmeId: 'cycle-2026-01-01',
      state: 'inProgress',
      origin: { kind: 'manual' },
      plan: {
        title: 'Backup audit',
        areaIds: ['area-it', 'area-lab'],
        itemIds: ['A.8.13'],
        leadAuditorId: null,
        plannedStart: '2026-11-23',
        plannedEnd: '2026-11-27',
      },
    }),
  );
  await put('finding', 'finding-it', finding('area-it'));
  await put('finding', 'finding-lab', finding('area-lab'));
  // A finding whose area was deleted since: nobody's own area, so no auditee's to work on.
  await put('finding', 'finding-orphan', finding('area-gone'));
});

afterEach(async () => {
  await close();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof Failure ? error.code : String(error)),
  );

describe('an auditee and findings of other areas', () => {
  it('[P11.10d] [P11.10g] an auditee cannot open an action on another area’s finding by listing one of their own beside it', async () => {
    expect(
      await refusal(openCorrectiveAction(services, { accountId: tomasz }, opening(['finding-it', 'finding-lab']))),
    ).toBe('forbidden');
    expect(
      await refusal(openCorrectiveAction(services, { accountId: tomasz }, opening(['finding-it', 'finding-orphan']))),
    ).toBe('forbidden');
    expect(await services.store.list('correctiveAction')).toHaveLength(0);
  });

  it('[P11.10g] an auditee still opens an action on findings of their own area', async () => {
    const view = await openCorrectiveAction(services, { accountId: tomasz }, opening(['finding-it']));
    expect(view.action.findingIds).toEqual(['finding-it']);
    expect(view.may.recordStep).toBe(true);
  });

  it('[P11.10g] a programme manager opens one action for findings of several areas', async () => {
    const view = await openCorrectiveAction(services, { accountId: manager }, opening(['finding-it', 'finding-lab']));
    expect(view.action.findingIds).toEqual(['finding-it', 'finding-lab']);
  });

  it('[P11.10d] [P11.10g] an auditee of one of several areas may neither record a step nor be offered one', async () => {
    const opened = await openCorrectiveAction(services, { accountId: manager }, opening(['finding-it', 'finding-lab']));
    const step = {
      correctiveActionId: opened.id,
      expectedVersion: opened.version,
      step: { step: 'rootCause' as const, method: 'fiveWhys' as const, text: 'Restores were never scheduled' },
    };
    expect(await refusal(recordCorrectiveActionStep(services, { accountId: tomasz }, step))).toBe('forbidden');
    const stored = (await services.store.get('correctiveAction', opened.id))!;
    expect(stored.version).toBe(opened.version);
    const seenByTomasz = await toActionView(services, await viewContext(services, { accountId: tomasz }), stored);
    expect(seenByTomasz.may.recordStep).toBe(false);
  });
});
