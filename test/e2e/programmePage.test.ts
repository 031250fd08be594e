import type { Browser, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';
import { ensureUiBuilt } from '../../sandbox/uiBuild';

jest.setTimeout(120_000);

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

describe('the programme global page in the sandbox, in Chromium', () => {
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
  /** The settings, roles and trail live on the "Settings & people" tab (the page opens on the overview). */
  const openSettingsTab = async () => {
    await frame().getByTestId('tab-settings').click();
    await frame().getByTestId('panel-settings').waitFor();
  };

  it('loads the built bundle in its frame under a Forge-like CSP and shows who the user is', async () => {
    const framed = page.waitForResponse(
      (r) => r.url().includes('/frame/audit-programme/') && r.request().resourceType() === 'document',
    );
    await page.goto(sandbox.url);
    const csp = (await framed).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    await frame().getByTestId('session-roles').filter({ hasText: 'Programme manager' }).waitFor();
    await frame().getByTestId('panel-overview').waitFor();
    await openSettingsTab();
    await frame().getByTestId('settings-form').waitFor();
    expect(problems).toEqual([]);
  });

  it('[P11.10g] shows each user what their role allows when the user switcher changes', async () => {
    await page.goto(sandbox.url);
    await openSettingsTab();
    await frame().getByTestId('settings-form').waitFor();

    await page.getByTestId('user-switcher').selectOption(byName('Grace Okafor'));
    await frame().getByTestId('session-name').filter({ hasText: 'Grace Okafor' }).waitFor();
    await frame().getByTestId('session-roles').filter({ hasText: 'Viewer' }).waitFor();
    await openSettingsTab();
    await frame().getByTestId('settings-readonly').waitFor();
    expect(await frame().getByTestId('settings-form').count()).toBe(0);

    await page.getByTestId('user-switcher').selectOption(byName('Mei Tanaka'));
    await frame().getByTestId('session-no-role').waitFor();
    // Without an app role there is nothing to show but the explanation: no tabs.
    expect(await frame().getByTestId('tab-settings').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('[ISO9.2.2] [P11.10e] saves the programme settings as the programme manager, and the change is in the trail', async () => {
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(byName('Aoife Brennan'));
    await openSettingsTab();
    const form = frame().getByTestId('settings-form');
    await form.waitFor();
    const name = form.getByLabel('Organisation name');
    await name.fill('Helix Biologics (Cork site)');
    await frame().getByTestId('settings-save').click();
    await frame().getByTestId('settings-message').filter({ hasText: /saved/i }).waitFor();

    const stored = (await sandbox.platform.invoke('getProgrammeSettings', {}, byName('Aoife Brennan'))) as {
      value: { settings: { organisationName: string }; version: number };
    };
    expect(stored.value.settings.organisationName).toBe('Helix Biologics (Cork site)');
    expect(stored.value.version).toBe(2);

    await frame().getByTestId('trail-verify').click();
    await frame()
      .getByTestId('trail-result')
      .filter({ hasText: /intact/i })
      .waitFor();
    expect(problems).toEqual([]);
  });
});
