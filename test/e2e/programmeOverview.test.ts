import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(180_000);

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const aoife = byName('Aoife Brennan');

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Picks an option of an Atlaskit select by its visible text. */
async function choose(frame: FrameLocator, testId: string, option: string): Promise<void> {
  await frame.getByTestId(`${testId}-select--control`).click();
  await frame.getByRole('option', { name: option, exact: true }).click();
}

describe('the programme overview, SoA and areas tabs in the sandbox, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  const frame = () => page.frameLocator('#app-frame');
  const invoke = async <T>(name: string, payload: unknown, as = aoife) =>
    (await sandbox.platform.invoke(name, payload, as)) as Answer<T>;
  const coverageTotal = async () => Number(await frame().getByTestId('coverage-total').innerText());

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(aoife);
    await frame().getByTestId('tab-overview').waitFor();
  });
  afterEach(async () => {
    await page.close();
  });

  it('[ISO9.2.2] shows the coverage matrix, gaps first, and the schedule on the Overview tab', async () => {
    await frame().getByTestId('tab-overview').click();
    const matrix = frame().getByTestId('coverage-matrix');
    await matrix.waitFor();
    for (const row of ['clauses', 'A.5', 'A.6', 'A.7', 'A.8', 'total']) {
      await matrix.getByTestId(`coverage-row-${row}`).waitFor();
    }
    const coverage = await invoke<{ summary: { total: number; audited: number } }>('getCoverage', {});
    if (!coverage.ok) throw new Error(coverage.error.message);
    expect(await coverageTotal()).toBe(coverage.value.summary.total);
    expect(Number(await frame().getByTestId('coverage-audited').innerText())).toBe(coverage.value.summary.audited);
    await frame().getByTestId('coverage-progress').waitFor();
    await frame().getByTestId('coverage-gaps').waitFor();
    // The gaps come before the matrix, so they are read first.
    const gapsBox = await frame().getByTestId('coverage-gaps').boundingBox();
    const matrixBox = await matrix.boundingBox();
    expect(gapsBox!.y).toBeLessThan(matrixBox!.y);
    await frame().getByTestId('schedule-table').waitFor();
    await frame().getByTestId('cycle-current').waitFor();
    expect(problems).toEqual([]);
  });

  it('[ISO6.1.3d] [ISO9.2.2] excludes an SoA control with a justification, and coverage requires one item fewer', async () => {
    await frame().getByTestId('coverage-total').waitFor();
    const before = await coverageTotal();

    await frame().getByTestId('tab-soa').click();
    await frame().getByTestId('soa-table').waitFor();
    await frame().getByTestId('soa-filter-text').fill('A.7.4');
    await frame().getByTestId('soa-edit-A.7.4').click();
    const dialog = frame().getByTestId('soa-dialog');
    await dialog.waitFor();

    // Excluded without a justification: the backend's complaint sits under the field, nothing is saved.
    const soaBefore = await invoke<{ version: number }>('getStatementOfApplicability', {});
    if (!soaBefore.ok) throw new Error(soaBefore.error.message);
    await choose(frame(), 'soa-applicable', 'Excluded');
    await frame().getByTestId('soa-reason').fill('Physical monitoring is done by the landlord');
    await frame().getByTestId('soa-dialog-save').click();
    await frame().getByTestId('soa-justification-error').waitFor();
    const unchanged = await invoke<{ version: number }>('getStatementOfApplicability', {});
    expect(unchanged.ok && unchanged.value.version).toBe(soaBefore.value.version);

    await frame()
      .getByTestId('soa-justification')
      .fill('The building is shared; the landlord monitors it under contract (see lease, annex 3).');
    await frame().getByTestId('soa-dialog-save').click();
    await dialog.waitFor({ state: 'detached' });
    await frame().getByTestId('soa-applicable-A.7.4').filter({ hasText: 'Excluded' }).waitFor();

    await frame().getByTestId('tab-overview').click();
    await frame()
      .getByTestId('coverage-total')
      .filter({ hasText: new RegExp(`^${before - 1}$`) })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('[ISO6.1.3d] [P11.50] approves the SoA version by signature, and the approval shows who signed it', async () => {
    const passphrase = 'correct horse battery staple';
    await invoke('setSigningPassphrase', { newPassphrase: passphrase });
    await frame().getByTestId('tab-soa').click();
    const approval = frame().getByTestId('soa-approval');
    await approval.getByTestId('soa-approval-state').filter({ hasText: 'Not approved' }).waitFor();
    await frame().getByTestId('soa-approval-approve').click();
    await frame().getByTestId('signing-summary').filter({ hasText: 'Statement of Applicability' }).waitFor();
    await frame().getByTestId('signing-passphrase').fill(passphrase);
    await frame().getByTestId('signing-submit').click();
    await frame().getByTestId('signing-done').click();
    await approval.getByTestId('soa-approval-state').filter({ hasText: 'Approved' }).waitFor();
    await approval.getByTestId('soa-approval-signatures').filter({ hasText: 'Aoife Brennan' }).waitFor();
    const soa = await invoke<{ approvals: Array<{ meaning: string; signerAccountId: string }> }>(
      'getStatementOfApplicability',
      {},
    );
    expect(soa.ok && soa.value.approvals.map((a) => [a.meaning, a.signerAccountId])).toEqual([['approved', aoife]]);
    // Approved: an import now needs a reason, and the form says so.
    await frame().getByLabel('Reason for the import').waitFor();
    expect(problems).toEqual([]);
  });

  it('[P11.10g] shows a viewer the programme read-only: no proposal, no edits, no imports', async () => {
    await page.getByTestId('user-switcher').selectOption(byName('Grace Okafor'));
    await frame().getByTestId('session-name').filter({ hasText: 'Grace Okafor' }).waitFor();
    await frame().getByTestId('coverage-matrix').waitFor();
    await frame().getByTestId('programme-readonly').waitFor();
    expect(await frame().getByTestId('schedule-propose').count()).toBe(0);
    expect(await frame().getByTestId('programme-approval-approve').count()).toBe(0);

    await frame().getByTestId('tab-soa').click();
    await frame().getByTestId('soa-table').waitFor();
    expect(await frame().locator('[data-testid^="soa-edit-"]').count()).toBe(0);
    await frame().getByTestId('soa-csv-export').waitFor();
    expect(await frame().getByTestId('soa-csv-import-form').count()).toBe(0);

    await frame().getByTestId('tab-areas').click();
    await frame().getByTestId('areas-table').waitFor();
    expect(await frame().getByTestId('area-add').count()).toBe(0);
    expect(await frame().getByTestId('areas-csv-import-form').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('[ISO9.2.2] refuses an areas CSV with a wrong cell, names its line and column, and imports nothing', async () => {
    const areasBefore = await invoke<{ areas: unknown[] }>('listAuditableAreas', {});
    if (!areasBefore.ok) throw new Error(areasBefore.error.message);
    const trailBefore = await invoke<{ entries: unknown[] }>('listAuditTrail', {
      entityType: 'auditableArea',
      limit: 500,
    });

    await frame().getByTestId('tab-areas').click();
    await frame().getByTestId('areas-table').waitFor();
    const csv = [
      'name,owner,members,likelihood,impact,items',
      `Reception desk,${aoife},,2,2,A.7.2`,
      `Visitor Wi-Fi,${aoife},,9,3,A.8.20`,
    ].join('\n');
    await frame()
      .getByTestId('areas-csv-file')
      .setInputFiles({ name: 'areas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await frame().getByTestId('areas-csv-import').click();

    const problemsTable = frame().getByTestId('areas-csv-problems');
    await problemsTable.waitFor();
    const row = problemsTable.getByTestId('areas-csv-problems-row').first();
    await row.filter({ hasText: '3' }).filter({ hasText: 'likelihood' }).waitFor();
    await frame().getByTestId('areas-csv-failure').filter({ hasText: 'Nothing was imported' }).waitFor();

    const areasAfter = await invoke<{ areas: unknown[] }>('listAuditableAreas', {});
    expect(areasAfter.ok && areasAfter.value.areas.length).toBe(areasBefore.value.areas.length);
    const trailAfter = await invoke<{ entries: unknown[] }>('listAuditTrail', {
      entityType: 'auditableArea',
      limit: 500,
    });
    expect(trailAfter.ok && trailAfter.value.entries.length).toBe(trailBefore.ok && trailBefore.value.entries.length);
    expect(problems).toEqual([]);
  });

  it('[ISO9.2.2] shows a space page for its space and lets the programme manager make it the ISMS space', async () => {
    sandbox.platform.confluence.createSpace({ key: 'QMS', name: 'Quality Management System' });
    // The sandbox serves the global page; the same frame is turned into the space page Confluence would show.
    // (A script string: this suite is compiled without the DOM's types.)
    await page.evaluate(`(() => {
      const frame = document.getElementById('app-frame');
      frame.setAttribute('data-module-key', 'audit-programme-space');
      frame.setAttribute('data-extension', JSON.stringify({ type: 'confluence:spacePage', space: { key: 'QMS', id: '9001' } }));
      frame.setAttribute('data-src', '/frame/audit-programme-space/');
      const user = document.getElementById('user-switcher').value;
      frame.src = '/frame/audit-programme-space/?user=' + encodeURIComponent(user);
    })()`);
    await frame().getByTestId('page-title').filter({ hasText: 'space QMS' }).waitFor();
    const notice = frame().getByTestId('space-notice');
    await notice.filter({ hasText: 'ISMS' }).waitFor();

    await frame().getByTestId('space-make-isms').click();
    await notice.waitFor({ state: 'detached' });
    const programme = await invoke<{ programme: { ismsSpaceKey: string } }>('getAuditProgramme', {});
    expect(programme.ok && programme.value.programme.ismsSpaceKey).toBe('QMS');
    expect(problems).toEqual([]);
  });
});
