import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const auditor = 'acct-auditor';
const viewer = 'acct-viewer';
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

beforeEach(async () => {
  ctx = await appServicesForTest({ 'acct-olu': 'Olu Adeyemi' });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [auditor]: ['auditor'], [viewer]: ['viewer'] });
});
afterEach(() => ctx.close());

const soaHeader = 'control,title,applicable,justification,implementation,owner,documents';

describe('SoA CSV export and import', () => {
  it('[ISO6.1.3d] exports every control in the import format, formula-safe, and the file imports back unchanged', async () => {
    await call(
      'saveSoaEntry',
      {
        entry: {
          controlId: 'A.8.25',
          applicable: false,
          justification: '=No development in house, "buy not build", see policy',
          implementation: 'notImplemented',
        },
        expectedVersion: 0,
      },
      manager,
    );
    await call(
      'saveSoaEntry',
      {
        entry: {
          controlId: 'A.5.15',
          applicable: true,
          implementation: 'partial',
          ownerId: 'acct-olu',
          documents: [
            { pageId: '65538', title: 'Access control policy' },
            { pageId: '65539', title: 'Joiners, movers: leavers' },
          ],
        },
        expectedVersion: 1,
      },
      manager,
    );
    const file = (await call('exportStatementOfApplicability', {}, viewer)).value;
    expect(file).toMatchObject({ mimeType: 'text/csv', fileName: 'statement-of-applicability-v2.csv' });
    const text: string = file.content;
    const rows = text.trimEnd().split('\r\n');
    expect(rows[0]).toBe(soaHeader);
    expect(rows[1]).toMatch(/^A\.5\.1,[^,]+,yes,,notImplemented,,$/);
    expect(text).toContain(
      `A.8.25,Secure development life cycle,no,"'=No development in house, ""buy not build"", see policy",`,
    );
    expect(text).toContain('partial,acct-olu,"65538: Access control policy\n65539: Joiners, movers: leavers"\r\n');

    const before = await trailLength();
    const imported = await call('importStatementOfApplicability', { csv: text, expectedVersion: 2 }, manager);
    expect(imported.ok).toBe(true);
    expect(imported.value).toMatchObject({ version: 2, outcome: { created: 0, updated: 0, unchanged: 93 } });
    expect(await trailLength()).toBe(before);
    const a825 = imported.value.lines.find((l: { entry: { controlId: string } }) => l.entry.controlId === 'A.8.25');
    expect(a825.entry.justification).toBe('=No development in house, "buy not build", see policy');
  });

  it('[ISO6.1.3d] imports a subset of controls in one new version; columns left out keep their values', async () => {
    await call(
      'saveSoaEntry',
      {
        entry: { controlId: 'A.5.15', applicable: true, implementation: 'planned', ownerId: 'acct-olu' },
        expectedVersion: 0,
      },
      manager,
    );
    const csv = lines(
      'Control,Applicable,Implementation,Justification',
      'A.5.15,yes,Implemented,',
      'a.7.5,No,not implemented,"Offices are shared workspaces; no secure areas"',
      'A.5.1,yes,notImplemented,',
    );
    const before = await trailLength();
    const imported = await call(
      'importStatementOfApplicability',
      { csv, expectedVersion: 1, reason: 'Q4 review' },
      manager,
    );
    expect(imported.value).toMatchObject({
      version: 2,
      outcome: { created: 0, updated: 2, unchanged: 1 },
      summary: { excluded: 1, implemented: 1 },
    });
    const line = (id: string) =>
      imported.value.lines.find((l: { entry: { controlId: string } }) => l.entry.controlId === id);
    expect(line('A.5.15')).toMatchObject({ ownerName: 'Olu Adeyemi', entry: { implementation: 'implemented' } });
    expect(line('A.7.5').entry).toMatchObject({
      applicable: false,
      justification: 'Offices are shared workspaces; no secure areas',
    });
    const added = await services.trail.entries({ afterSeq: 0, limit: 10_000 });
    expect(added.slice(before)).toEqual([
      expect.objectContaining({ entityType: 'statementOfApplicability', entityVersion: 2, reason: 'Q4 review' }),
    ]);
  });

  it('[ISO6.1.3d] [P11.10g] names every wrong cell by line and column and imports nothing', async () => {
    const csv = lines(
      soaHeader,
      'A.5.1,,maybe,,done,,',
      'A.9.9,,yes,,planned,,',
      '9.2,,yes,,planned,,',
      '"A.8.25",,no,n/a,notImplemented,,',
      'A.5.2,,yes,,implemented,,"65538: Policy\nsee the wiki"',
      'A.5.3,,yes,,implemented,,',
      'A.5.3,,yes,,planned,,',
      'A.5.4,,yes,,planned',
    );
    const before = await trailLength();
    const refused = await call('importStatementOfApplicability', { csv, expectedVersion: 0 }, manager);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'csv', message: '8 problems; nothing was imported' },
    });
    // Line 7 is the second line of the quoted documents cell that starts on line 6.
    expect(refused.error.problems.map((p: { line: number; column: string }) => [p.line, p.column])).toEqual([
      [2, 'applicable'],
      [2, 'implementation'],
      [3, 'control'],
      [4, 'control'],
      [5, 'justification'],
      [6, 'documents'],
      [9, 'control'],
      [10, 'owner'],
    ]);
    expect(refused.error.problems[2].message).toContain('A.9.9 is not an Annex A control');
    expect(refused.error.problems[3].message).toContain('9.2 is a clause');
    expect(refused.error.problems[6].message).toContain('A.5.3 is listed twice (also on line 8)');
    expect(await trailLength()).toBe(before);
    expect((await call('getStatementOfApplicability', {}, viewer)).value.version).toBe(0);
  });

  it('refuses a file with unknown or missing columns on line 1, a stale version, or a caller who is not a programme manager', async () => {
    const before = await trailLength();
    const refused = await call(
      'importStatementOfApplicability',
      { csv: lines('control,applicable,status', 'A.5.1,yes,planned'), expectedVersion: 0 },
      manager,
    );
    expect(refused.error.problems).toEqual([
      { line: 1, column: 'status', message: expect.stringContaining('Unknown column') },
      { line: 1, column: 'implementation', message: 'This required column is missing' },
    ]);
    const valid = lines(soaHeader, 'A.5.1,,yes,,planned,,');
    expect(await call('importStatementOfApplicability', { csv: valid, expectedVersion: 3 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await call('importStatementOfApplicability', { csv: valid, expectedVersion: 0 }, auditor)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('importStatementOfApplicability', { csv: '', expectedVersion: 0 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'csv' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10g] asks for a reason before an import changes an approved SoA', async () => {
    await call(
      'importStatementOfApplicability',
      { csv: lines(soaHeader, 'A.5.1,,yes,,planned,,'), expectedVersion: 0 },
      manager,
    );
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
    const signed = await call(
      'signRecord',
      {
        recordType: 'statementOfApplicability',
        recordId: 'soa',
        recordVersion: 1,
        meaning: 'approved',
        passphrase: PASS,
      },
      manager,
    );
    expect(signed.ok).toBe(true);
    const csv = lines(soaHeader, 'A.5.1,,yes,,implemented,,');
    const before = await trailLength();
    expect(await call('importStatementOfApplicability', { csv, expectedVersion: 1 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    expect(await trailLength()).toBe(before);
    // The same file without changes is no change: the approval stands and no reason is needed.
    const same = await call(
      'importStatementOfApplicability',
      { csv: lines(soaHeader, 'A.5.1,,yes,,planned,,'), expectedVersion: 1 },
      manager,
    );
    expect(same.value).toMatchObject({ version: 1, approvals: [expect.objectContaining({ meaning: 'approved' })] });
    const changed = await call(
      'importStatementOfApplicability',
      { csv, expectedVersion: 1, reason: 'Rolled out' },
      manager,
    );
    expect(changed.value).toMatchObject({ version: 2, approvals: [] });
  });
});

const areasHeader = 'name,owner,members,likelihood,impact,items';

describe('auditable areas CSV export and import', () => {
  it('[ISO9.2.2] creates areas from a file, matches them by name on the next import and counts unchanged rows without writing them', async () => {
    const csv = lines(
      areasHeader,
      'IT operations,acct-olu,acct-hannah; acct-ravi,4,5,A.8.13; A.8.15; 9.2',
      '"Finance, procurement",acct-fin,,2,2,A.5.19',
    );
    const first = await call('importAuditableAreas', { csv, reason: 'Initial register' }, manager);
    expect(first.value.outcome).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(
      first.value.areas.map((a: { area: { name: string }; riskLevel: string }) => [a.area.name, a.riskLevel]),
    ).toEqual([
      ['IT operations', 'high'],
      ['Finance, procurement', 'low'],
    ]);
    expect(first.value.areas[0]).toMatchObject({
      ownerName: 'Olu Adeyemi',
      area: { memberIds: ['acct-hannah', 'acct-ravi'], itemIds: ['A.8.13', 'A.8.15', '9.2'] },
    });
    const created = await services.trail.entries({ entityType: 'auditableArea', limit: 10 });
    expect(created.map((e) => [e.action, e.reason])).toEqual([
      ['create', 'Initial register'],
      ['create', 'Initial register'],
    ]);

    const before = await trailLength();
    expect((await call('importAuditableAreas', { csv }, manager)).value.outcome).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await trailLength()).toBe(before);

    // Names match case aside; columns left out keep the stored members and items.
    const changed = await call(
      'importAuditableAreas',
      { csv: lines('name,owner,likelihood,impact', 'it OPERATIONS,acct-olu,3,5', 'QC laboratory,acct-qc,2,4') },
      manager,
    );
    expect(changed.value.outcome).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const it = changed.value.areas.find((a: { id: string }) => a.id === first.value.areas[0].id);
    expect(it).toMatchObject({
      version: 2,
      riskScore: 15,
      area: { name: 'it OPERATIONS', memberIds: ['acct-hannah', 'acct-ravi'], itemIds: ['A.8.13', 'A.8.15', '9.2'] },
    });
    expect(
      changed.value.areas.find((a: { area: { name: string } }) => a.area.name === 'QC laboratory').area,
    ).toMatchObject({
      memberIds: [],
      itemIds: [],
    });
  });

  it('[ISO9.2.2] exports exactly the import format, formula-safe; the export imports back with every row unchanged', async () => {
    await call(
      'importAuditableAreas',
      {
        csv: lines(
          areasHeader,
          '"-Legacy, ""old"" site",acct-olu,acct-a;acct-b,1,3,7.1;A.7.4',
          'Cloud platform,acct-c,,5,5,"A.8.9,A.8.20"',
        ),
      },
      manager,
    );
    const file = (await call('exportAuditableAreas', {}, auditor)).value;
    expect(file).toMatchObject({ mimeType: 'text/csv', fileName: 'auditable-areas-2026-11-24.csv' });
    expect(file.content).toBe(
      lines(
        areasHeader,
        '"\'-Legacy, ""old"" site",acct-olu,acct-a; acct-b,1,3,7.1; A.7.4',
        'Cloud platform,acct-c,,5,5,A.8.9; A.8.20',
      ),
    );
    const before = await trailLength();
    expect((await call('importAuditableAreas', { csv: file.content }, manager)).value.outcome).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await trailLength()).toBe(before);
    expect(
      (await call('listAuditableAreas', {}, viewer)).value.areas.map((a: { area: { name: string } }) => a.area.name),
    ).toContain('-Legacy, "old" site');
  });

  it('[ISO9.2.2] [P11.10g] names every wrong cell by line and column and imports nothing', async () => {
    await call('importAuditableAreas', { csv: lines(areasHeader, 'IT operations,acct-olu,,4,5,9.2') }, manager);
    const csv = lines(
      areasHeader,
      'IT operations,acct-olu,,4,4,9.2',
      'QC laboratory,,acct-a;acct-a,6,high,A.9.9;4.1;11.1',
      'Finance,acct-fin,,0,2,',
      'it operations,acct-olu,,1,1,',
      ',acct-x,,1,1,',
      'Cloud,acct-c,,1,1,A.8.9;a.8.9',
    );
    const before = await trailLength();
    const refused = await call('importAuditableAreas', { csv }, manager);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'csv' } });
    expect(refused.error.problems.map((p: { line: number; column: string }) => [p.line, p.column])).toEqual([
      [3, 'owner'],
      [3, 'likelihood'],
      [3, 'impact'],
      [3, 'items'],
      [4, 'likelihood'],
      [5, 'name'],
      [6, 'name'],
      [7, 'items'],
    ]);
    const messages = refused.error.problems.map((p: { message: string }) => p.message);
    expect(messages[2]).toBe('Impact is a whole number from 1 to 5, not "high"');
    expect(messages[3]).toContain('A.9.9, 11.1 are not clauses or controls');
    expect(messages[5]).toBe('This area is listed twice (also on line 2)');
    expect(messages[7]).toBe('A clause or control is listed twice');
    expect(refused.error.message).toBe('8 problems; nothing was imported');
    expect(await trailLength()).toBe(before);
    expect((await call('listAuditableAreas', {}, viewer)).value.areas[0]).toMatchObject({ version: 1, riskScore: 20 });
  });

  it('reports a duplicate member after the row is otherwise valid, and header problems before any row', async () => {
    const members = await call(
      'importAuditableAreas',
      { csv: lines(areasHeader, 'QC laboratory,acct-qc,acct-a;acct-a,2,2,') },
      manager,
    );
    expect(members.error.problems).toEqual([{ line: 2, column: 'members', message: 'A member is listed twice' }]);
    const header = await call('importAuditableAreas', { csv: lines('name,owner,risk', 'QC,acct-qc,high') }, manager);
    expect(header.error.problems.map((p: { line: number; column: string }) => [p.line, p.column])).toEqual([
      [1, 'risk'],
      [1, 'likelihood'],
      [1, 'impact'],
    ]);
  });

  it('lets only a programme manager import; anyone with a role may export', async () => {
    const before = await trailLength();
    const csv = lines(areasHeader, 'QC laboratory,acct-qc,,2,2,');
    for (const who of [auditor, viewer]) {
      expect(await call('importAuditableAreas', { csv }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await call('exportAuditableAreas', {}, 'acct-stranger')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await trailLength()).toBe(before);
    expect((await call('exportAuditableAreas', {}, viewer)).value.content).toBe(lines(areasHeader));
  });

  it('[ISO9.2.2] converges when an import is cut short: running the same file again writes only what is missing', async () => {
    const csv = lines(areasHeader, 'Alpha,acct-a,,1,1,', 'Bravo,acct-b,,2,2,', 'Charlie,acct-c,,3,3,');
    const real = services;
    let writes = 0;
    // The store as Forge SQL may behave: the second area write never happens (a crash or time-out).
    services = {
      ...real,
      store: {
        get: (entity, id) => real.store.get(entity, id),
        list: (entity) => real.store.list(entity),
        listBy: (entity, field, value) => real.store.listBy(entity, field, value),
        listMany: (entities) => real.store.listMany(entities),
        apply: async (change) => {
          if (change.entity === 'auditableArea' && ++writes === 2) throw new Error('invocation timed out');
          return real.store.apply(change);
        },
      },
    };
    await expect(call('importAuditableAreas', { csv }, manager)).rejects.toThrow('invocation timed out');
    services = real;
    expect((await services.store.list('auditableArea')).map((a) => a.record.name)).toEqual(['Alpha']);
    const again = await call('importAuditableAreas', { csv }, manager);
    expect(again.value.outcome).toEqual({ created: 2, updated: 0, unchanged: 1 });
    expect(again.value.areas.map((a: { area: { name: string } }) => a.area.name).sort()).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ]);
  });
});
