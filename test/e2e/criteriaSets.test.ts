import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';
import { ensureUiBuilt } from '../../sandbox/uiBuild';

jest.setTimeout(120_000);

describe('criteria sets on the programme page, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];

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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchConsole(page);
  });
  afterEach(async () => {
    await page.close();
  });

  const frame = () => page.frameLocator('#app-frame');
  const pick = (csv: string) =>
    frame()
      .getByTestId('criteria-set-file')
      .setInputFiles({ name: 'criteria.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  it("lists the demo's SOP beside ISO, refuses a faulty file line by line and imports a good one", async () => {
    await page.goto(sandbox.url);
    await frame().getByTestId('tab-settings').click();
    await frame().getByTestId('panel-settings').waitFor();
    await frame().getByTestId('criteria-set-iso27001').filter({ hasText: 'ISO/IEC 27001:2022' }).waitFor();
    await frame().getByTestId('criteria-set-sop-cs').filter({ hasText: 'Computerised systems SOP' }).waitFor();

    await frame().locator('#criteria-set-id').fill('part11');
    await frame().locator('#criteria-set-title').fill('21 CFR Part 11 (company summary)');
    await pick(
      'id,title,requirement,iso\n11.10(a),Validation,Systems are validated.,A.8.29\n11.10(e),,Audit trails.,A.9.1\n',
    );
    await frame().getByTestId('criteria-import').click();
    const table = frame().getByTestId('criteria-import-problems');
    await table.waitFor();
    await table.filter({ hasText: 'Enter the requirement title' }).waitFor();
    await table.filter({ hasText: 'A.9.1' }).waitFor();
    await frame().getByTestId('criteria-import-failure').filter({ hasText: 'Nothing was imported' }).waitFor();
    expect(await frame().getByTestId('criteria-set-part11').count()).toBe(0);

    await pick(
      'id,title,requirement,iso\n11.10(a),Validation,Systems are validated.,A.8.29\n11.10(e),Audit trail,Audit trails.,A.8.15\n',
    );
    await frame().getByTestId('criteria-import').click();
    await frame().getByTestId('criteria-import-outcome').filter({ hasText: 'version 1' }).waitFor();
    await frame().getByTestId('criteria-set-part11').filter({ hasText: '2 requirements' }).waitFor();
    expect(problems).toEqual([]);
  });
});
