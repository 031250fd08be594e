import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(180_000);

const aoife = demoUsers.find((u) => u.displayName === 'Aoife Brennan')!.accountId;
const words = 'Regulatory inspection: FDA 483-2026-0142, observation 3';

/**
 * Issue 16, item 1 in the browser: a programme manager records an FDA Form 483 observation on the
 * Findings & actions tab (the inspection's own fields appear for that source), sees it listed as
 * not raised, raises it in Jira with its button, and once the queue ran sees its issue key.
 */
describe('recording and raising a nonconformity from an inspection, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  const frame = (): FrameLocator => page.frameLocator('#app-frame');
  const openTab = async () => {
    await frame().getByTestId('tab-actions').click();
    await frame().getByTestId('intake-section').waitFor();
  };
  const rowOfFda = () => frame().locator('[data-testid^="intake-row-"]').filter({ hasText: words });

  it('[ISO10.2a] records an FDA 483 observation with the inspection’s fields and lists it, not raised', async () => {
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(aoife);
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    await openTab();
    await frame().getByTestId('intake-record-open').click();
    await frame().locator('#intake-record-source-authority').fill('FDA');
    await frame().locator('#intake-record-source-reference').fill('483-2026-0142');
    await frame().locator('#intake-record-source-observation').fill('3');
    await frame().locator('#intake-record-item').fill('A.8.13');
    await frame().locator('#intake-record-requirement').fill('Backups of GMP data are restored on a schedule');
    await frame().locator('#intake-record-evidence').fill('No restore of the LIMS database was recorded in 2026');
    await frame().locator('#intake-record-gap').fill('Restores of GMP data are never tested');
    await frame().getByTestId('intake-record-submit').click();
    await rowOfFda().waitFor();
    await expect(rowOfFda().innerText()).resolves.toContain('Raise in Jira');
  });

  it('[ISO10.2a] raises it in Jira once, and shows its issue key after the queue ran', async () => {
    await rowOfFda().getByRole('button', { name: 'Raise in Jira' }).click();
    await rowOfFda().filter({ hasText: 'Queued' }).waitFor();
    await sandbox.platform.tick();
    await page.reload();
    await openTab();
    const key = rowOfFda().locator('[data-testid^="intake-issue-"]');
    await key.waitFor();
    await expect(key.innerText()).resolves.toMatch(/^[A-Z]+-\d+/);
    const listed = (await sandbox.platform.invoke('listNonconformities', {}, aoife)) as {
      value: { nonconformities: Array<{ sourceTitle: string; issueKey: string | null; jiraState: string | null }> };
    };
    expect(listed.value.nonconformities.filter((nc) => nc.sourceTitle === words)).toEqual([
      expect.objectContaining({ jiraState: 'raised', issueKey: expect.stringMatching(/^[A-Z]+-\d+$/) }),
    ]);
  });

  it('left no console problem and no product-call violation', () => {
    expect(problems).toEqual([]);
    expect(sandbox.platform.violations).toEqual([]);
  });
});
