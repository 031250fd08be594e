import { manager, auditor, viewer, PASS, services, call, trailLength, lines, useCsvFixture } from './csvImport.fixture';

useCsvFixture();

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
