import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import type { AuditState } from '../../src/domain/audits/auditState';
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

const { manager, lead, team, outsider, viewer, auditee } = fieldworkPeople;
const lines = fieldworkLines;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let areaId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const findingsOf = async (auditId: string) => services.store.listBy('finding', 'auditId', auditId);
const lineOf = async (auditId: string, itemId: string) =>
  (await services.store.get('audit', auditId))!.record.checklist.find((line) => line.itemId === itemId);

const writeAudit = (id: string, state: AuditState, plan: Partial<AuditPlanContentInput> = {}) =>
  writeFieldworkAudit(services, id, state, { areaIds: [areaId], ...plan });

const nonconformity = (extra: Record<string, unknown> = {}) => ({
  grade: 'minorNC',
  itemId: 'A.8.13',
  areaId,
  requirement: 'Backups are restored and tested as the backup procedure says',
  evidence: 'The restore log for the ERP database has no entry since March',
  gap: 'No restore test for eight months',
  ...extra,
});

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  services = ctx.services;
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
  const area = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name: 'IT operations', ownerId: auditee, memberIds: [], likelihood: 4, impact: 4, itemIds: lines },
    },
    manager,
  );
  areaId = area.value.id;
  await writeAudit('audit-it', 'inProgress');
});
afterEach(() => ctx.close());

describe('checklist results', () => {
  it('[ISO9.2.2] the lead and a team member record results and notes; each line is trailed and shown', async () => {
    const first = await call(
      'saveChecklistLine',
      { auditId: 'audit-it', itemId: 'A.8.15', result: 'conforming', note: 'Logs kept 13 months', expectedVersion: 1 },
      team,
    );
    expect(first).toMatchObject({ ok: true, value: { id: 'audit-it', version: 2 } });
    expect(first.value.checklist.find((line: { itemId: string }) => line.itemId === 'A.8.15')).toMatchObject({
      result: 'conforming',
      note: 'Logs kept 13 months',
      title: expect.any(String),
      guidance: expect.any(String),
    });
    const second = await call(
      'saveChecklistLine',
      {
        auditId: 'audit-it',
        itemId: '9.2.2',
        result: 'notAudited',
        note: 'The programme owner was on leave all week',
        expectedVersion: 2,
      },
      lead,
    );
    expect(second.ok).toBe(true);
    expect(await lineOf('audit-it', 'A.8.15')).toEqual({
      itemId: 'A.8.15',
      result: 'conforming',
      note: 'Logs kept 13 months',
    });
    expect(await lineOf('audit-it', '9.2.2')).toMatchObject({ result: 'notAudited' });
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: null });
    const trail = await services.trail.entries({ entityType: 'audit', entityId: 'audit-it', limit: 10 });
    expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([
      ['create', manager],
      ['update', team],
      ['update', lead],
    ]);
  });

  it('[ISO9.2.2][P11.10e] results go on an audit whose plan was approved (signed); the trail says which line changed', async () => {
    expect((await call('setSigningPassphrase', { newPassphrase: 'correct horse battery staple' }, lead)).ok).toBe(true);
    const approval = await call(
      'signRecord',
      {
        recordType: 'audit',
        recordId: 'audit-it',
        recordVersion: 1,
        meaning: 'approved',
        passphrase: 'correct horse battery staple',
      },
      lead,
    );
    expect(approval.ok).toBe(true);
    const saved = await call(
      'saveChecklistLine',
      {
        auditId: 'audit-it',
        itemId: 'A.8.15',
        result: 'observation',
        note: 'Log review is ad hoc',
        expectedVersion: 1,
      },
      team,
    );
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    const [, update] = await services.trail.entries({ entityType: 'audit', entityId: 'audit-it', limit: 10 });
    expect(update).toMatchObject({ action: 'update', actor: team, reason: 'Checklist A.8.15: observation' });
  });

  it('[ISO9.2.2][P11.10g] refuses an auditor outside the team, a viewer and an auditee — changing nothing', async () => {
    const before = await trailLength();
    const line = { auditId: 'audit-it', itemId: 'A.8.15', result: 'conforming', note: '', expectedVersion: 1 };
    for (const who of [outsider, viewer, auditee, manager]) {
      expect(await call('saveChecklistLine', line, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
    expect(await lineOf('audit-it', 'A.8.15')).toMatchObject({ result: null });
  });

  it('[P11.10g] refuses a line outside the checklist, a not-audited line without a reason, a stale version and an audit not in fieldwork — changing nothing', async () => {
    await writeAudit('audit-planned', 'planned');
    await writeAudit('audit-closed', 'closed');
    const before = await trailLength();
    const line = (extra: Record<string, unknown>) => ({
      auditId: 'audit-it',
      itemId: 'A.8.15',
      result: 'conforming',
      note: '',
      expectedVersion: 1,
      ...extra,
    });
    expect(await call('saveChecklistLine', line({ itemId: 'A.5.1' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'itemId' },
    });
    expect(await call('saveChecklistLine', line({ result: 'notAudited', note: 'no time' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'note' },
    });
    expect(await call('saveChecklistLine', line({ result: 'passed' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'result' },
    });
    expect(await call('saveChecklistLine', line({ expectedVersion: 0 }), team)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    const planned = await call('saveChecklistLine', line({ auditId: 'audit-planned' }), team);
    expect(planned).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(planned.error.message).toContain('is planned');
    const closed = await call('saveChecklistLine', line({ auditId: 'audit-closed' }), team);
    expect(closed.error.message).toContain('is closed');
    expect(await call('saveChecklistLine', line({ auditId: 'audit-nowhere' }), team)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10f] a nonconformity line without its finding is refused naming the finding, and nothing is written', async () => {
    const before = await trailLength();
    const refused = await call(
      'saveChecklistLine',
      { auditId: 'audit-it', itemId: 'A.8.13', result: 'nonconformity', note: '', expectedVersion: 1 },
      team,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'finding' } });
    expect(refused.error.message).toContain('A nonconformity needs its finding');
    // An observation on the line is not a nonconformity finding either.
    await call('recordFinding', { auditId: 'audit-it', finding: nonconformity({ grade: 'observation' }) }, team);
    const afterObservation = await trailLength();
    expect(
      await call(
        'saveChecklistLine',
        { auditId: 'audit-it', itemId: 'A.8.13', result: 'nonconformity', note: '', expectedVersion: 1 },
        team,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'finding' } });
    expect(await trailLength()).toBe(afterObservation);
    expect(afterObservation).toBe(before + 1);
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: null });
  });

  it('[P11.10f] a nonconformity line sent with its finding records the finding first, then the line', async () => {
    const saved = await call(
      'saveChecklistLine',
      {
        auditId: 'audit-it',
        itemId: 'A.8.13',
        result: 'nonconformity',
        note: 'See the finding',
        expectedVersion: 1,
        finding: nonconformity(),
      },
      team,
    );
    expect(saved.ok).toBe(true);
    const findings = await findingsOf('audit-it');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.record).toMatchObject({
      auditId: 'audit-it',
      raisedBy: team,
      raisedOn: '2026-11-24',
      content: { grade: 'minorNC', itemId: 'A.8.13', areaId },
    });
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: 'nonconformity', note: 'See the finding' });
    const trail = await services.trail.entries({ limit: 10_000 });
    expect(trail.slice(-2).map((entry) => entry.entityType)).toEqual(['finding', 'audit']);
  });

  it('[P11.10f] a nonconformity line stands on a nonconformity finding recorded before', async () => {
    const finding = await call('recordFinding', { auditId: 'audit-it', finding: nonconformity() }, lead);
    expect(finding.ok).toBe(true);
    const saved = await call(
      'saveChecklistLine',
      { auditId: 'audit-it', itemId: 'A.8.13', result: 'nonconformity', note: '', expectedVersion: 1 },
      team,
    );
    expect(saved.ok).toBe(true);
    expect(await findingsOf('audit-it')).toHaveLength(1);
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: 'nonconformity' });
  });

  it('[P11.10g] refuses a finding that does not fit its line — another item, another area, the wrong grade — writing neither', async () => {
    const before = await trailLength();
    const line = (finding: Record<string, unknown>, result = 'nonconformity') => ({
      auditId: 'audit-it',
      itemId: 'A.8.13',
      result,
      note: '',
      expectedVersion: 1,
      finding: nonconformity(finding),
    });
    expect(await call('saveChecklistLine', line({ itemId: 'A.8.15' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.itemId' },
    });
    expect(await call('saveChecklistLine', line({ areaId: 'area-elsewhere' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.areaId' },
    });
    expect(await call('saveChecklistLine', line({ grade: 'opportunity' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.grade' },
    });
    expect(await call('saveChecklistLine', line({}, 'conforming'), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.grade' },
    });
    expect(await call('saveChecklistLine', line({ gap: '' }), team)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.gap' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10f] after a crash between the finding and the line, the retry keeps the one finding and saves the line', async () => {
    const store = services.store;
    // The process dies after the finding is written and before the line is.
    const crashing: RecordStore = {
      get: (entity, id) => store.get(entity, id),
      list: (entity) => store.list(entity),
      listBy: (entity, field, value) => store.listBy(entity, field, value),
      listAfter: (entity, afterId, limit) => store.listAfter(entity, afterId, limit),
      listMany: (entities) => store.listMany(entities),
      getMany: (entity, ids) => store.getMany(entity, ids),
      countBy: (entity, field, values) => store.countBy(entity, field, values),
      listContaining: (entity, field, values) => store.listContaining(entity, field, values),
      applyMany: (changes) => store.applyMany(changes),
      apply: (async (change) => {
        if (change.entity === 'audit') throw new Error('the function was stopped');
        return store.apply(change);
      }) as RecordStore['apply'],
    };
    const healthy = services;
    services = { ...healthy, store: crashing };
    const line = {
      auditId: 'audit-it',
      itemId: 'A.8.13',
      result: 'nonconformity',
      note: '',
      expectedVersion: 1,
      finding: nonconformity(),
    };
    await expect(call('saveChecklistLine', line, team)).rejects.toThrow('the function was stopped');
    expect(await findingsOf('audit-it')).toHaveLength(1);
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: null });

    services = healthy;
    const retried = await call('saveChecklistLine', line, team);
    expect(retried).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await findingsOf('audit-it')).toHaveLength(1);
    expect(await lineOf('audit-it', 'A.8.13')).toMatchObject({ result: 'nonconformity' });
  });
});
