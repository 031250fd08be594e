import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { RecordStore } from '../../src/ports/recordStore';
import { appServicesForTest, grantRoles } from '../support/appServices';
import {
  fieldworkLines,
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../support/fieldwork';

const { manager, team, auditee } = fieldworkPeople;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const reads: string[] = [];

const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function saveArea(name: string): Promise<string> {
  const saved = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name, ownerId: auditee, memberIds: [], likelihood: 3, impact: 4, itemIds: fieldworkLines },
    },
    manager,
  );
  return saved.value.id as string;
}

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  const store = ctx.services.store;
  // Every read of the findings, as the store was asked for it.
  const watched: RecordStore = {
    get: (entity, id) => store.get(entity, id),
    getMany: (entity, ids) => store.getMany(entity, ids),
    countBy: (entity, field, values) => store.countBy(entity, field, values),
    listContaining: (entity, field, values) => store.listContaining(entity, field, values),
    list: (entity) => {
      if (entity === 'finding') reads.push('list');
      return store.list(entity);
    },
    listBy: (entity, field, value) => {
      if (entity === 'finding') reads.push(`listBy ${String(field)}`);
      return store.listBy(entity, field, value);
    },
    listAfter: (entity, afterId, limit) => store.listAfter(entity, afterId, limit),
    listMany: (entities) => store.listMany(entities),
    apply: ((change) => store.apply(change)) as RecordStore['apply'],
    applyMany: (changes) => store.applyMany(changes),
  };
  services = { ...ctx.services, store: watched };
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
});
afterEach(() => ctx.close());

describe('recording a finding at scale', () => {
  it('reads only the findings of its own area for repeat detection, never the whole table', async () => {
    const itOps = await saveArea('IT operations');
    const finance = await saveArea('Finance');
    await writeFieldworkAudit(services, 'audit-1', 'inProgress', { areaIds: [itOps, finance] });
    const finding = (areaId: string) => ({
      grade: 'minorNC',
      itemId: 'A.8.13',
      areaId,
      requirement: 'Backups are restored and tested as the backup procedure says',
      evidence: 'The restore log for the ERP database has no entry since March',
      gap: 'No restore test for eight months',
    });
    expect((await call('recordFinding', { auditId: 'audit-1', finding: finding(finance) }, team)).ok).toBe(true);
    const first = await call('recordFinding', { auditId: 'audit-1', finding: finding(itOps) }, team);
    reads.length = 0;
    const second = await call('recordFinding', { auditId: 'audit-1', finding: finding(itOps) }, team);
    // Still a repeat of the first (same area and item), and the finance one is no repeat of either.
    expect(second.value).toMatchObject({ isRepeat: true, finding: { repeatOf: [first.value.id] } });
    expect(reads).toEqual(['listBy areaId']);
  });

  it('lists the audits with their finding counts without reading any finding', async () => {
    const itOps = await saveArea('IT operations');
    await writeFieldworkAudit(services, 'audit-1', 'inProgress', { areaIds: [itOps] });
    await writeFieldworkAudit(services, 'audit-2', 'inProgress', { areaIds: [itOps] });
    const finding = {
      grade: 'minorNC',
      itemId: 'A.8.13',
      areaId: itOps,
      requirement: 'Backups are restored and tested as the backup procedure says',
      evidence: 'The restore log for the ERP database has no entry since March',
      gap: 'No restore test for eight months',
    };
    for (let n = 0; n < 2; n += 1)
      expect((await call('recordFinding', { auditId: 'audit-1', finding }, team)).ok).toBe(true);
    reads.length = 0;
    const { audits } = (await call('listAudits', {}, manager)).value;
    expect(audits.map((a: { id: string; findings: number }) => [a.id, a.findings])).toEqual([
      ['audit-1', 2],
      ['audit-2', 0],
    ]);
    expect(reads).toEqual([]);
  });
});
