import path from 'node:path';
import type { Browser } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

const appRoot = path.resolve(__dirname, '../fixtures/forge-app');
const rahul = demoUsers.find((u) => u.displayName === 'Rahul Mehta')!.accountId;

describe('a Jira issue view with the app’s issue panel, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;

  beforeAll(async () => {
    sandbox = await startSandbox({ appRoot });
    sandbox.platform.jira.configureProject({
      key: 'NC',
      name: 'Nonconformities',
      issueTypes: [{ name: 'Nonconformity' }],
      workflow: { statuses: [{ name: 'Open', category: 'new' }], initial: 'Open', transitions: [] },
    });
    await sandbox.platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/issue',
      {
        fields: {
          project: { key: 'NC' },
          issuetype: { name: 'Nonconformity' },
          summary: 'Firewall rules not reviewed',
        },
      },
      undefined,
      'app',
    );
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('frames the panel with the issue as context; requestJira runs as the signed-in user; a modal returns its value to onClose', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${sandbox.url}/jira/browse/NC-1`);
    await page.getByTestId('user-switcher').selectOption(rahul);
    const panel = page.frameLocator('iframe.panel-frame');
    // Frames answer asynchronously: wait for the text to arrive, then compare it exactly.
    await panel.getByTestId('panel-summary').filter({ hasText: 'NC-1:' }).waitFor();
    await expect(panel.getByTestId('panel-summary').textContent()).resolves.toBe(
      `NC-1: Firewall rules not reviewed (seen by ${rahul})`,
    );
    expect(await page.getByTestId('issue-summary').textContent()).toBe('Firewall rules not reviewed');

    await panel.getByTestId('panel-open-modal').click();
    const modal = page.frameLocator('[data-testid="sandbox-modal"] iframe');
    await modal.getByTestId('modal-context').filter({ hasText: 'hello' }).waitFor();
    await expect(modal.getByTestId('modal-context').textContent()).resolves.toBe('hello from the panel');
    await modal.getByTestId('modal-close').click();
    await panel.getByTestId('panel-modal-result').filter({ hasText: 'closed with' }).waitFor();
    await expect(panel.getByTestId('panel-modal-result').textContent()).resolves.toBe(
      'closed with {"decision":"accepted"}',
    );
    expect(await page.getByTestId('sandbox-modal').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(sandbox.platform.violations).toEqual([]);
    await page.close();
  });
});
