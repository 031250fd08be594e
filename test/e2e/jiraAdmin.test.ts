import type { Browser, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { addBusinessDays } from '../../src/domain/calendar/businessDays';
import { todayIn } from '../../src/domain/calendar/timeZone';
import type { JiraSettings } from '../../src/domain/jira/jiraSettings';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';
import { ensureUiBuilt } from '../../sandbox/uiBuild';

jest.setTimeout(120_000);

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const aoife = byName('Aoife Brennan');

describe("the app's Jira admin page in the sandbox, in Chromium", () => {
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
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    problems = watchConsole(page);
  });
  afterEach(async () => {
    await page.close();
  });

  const frame = () => page.frameLocator('#app-frame');
  const majorPlanDays = () => frame().getByLabel('Major nonconformity: plan due, business days');
  /** A grade's "may close without action" switch: Atlaskit puts the test id on its hidden input and its label. */
  const closeWithoutAction = (grade: string) => ({
    input: frame().getByTestId(`${grade}-close-without-action--hidden-checkbox`),
    label: frame().getByTestId(`${grade}-close-without-action--checkbox-label`),
  });
  const open = async () => {
    await page.goto(`${sandbox.url}/jira/settings/apps/jira-settings`);
    await frame().getByTestId('jira-settings-form').waitFor();
  };
  const savedVersion = async () => {
    const answer = (await sandbox.platform.invoke('getJiraSettings', {}, aoife)) as {
      value: { version: number; settings: JiraSettings };
    };
    return answer.value;
  };

  it('shows the seeded settings, the programme calendar and no problems', async () => {
    await open();
    await frame().getByTestId('jira-settings-version').filter({ hasText: 'version 1' }).waitFor();
    await frame().getByTestId('working-days').filter({ hasText: 'Europe/Dublin' }).waitFor();
    expect(await majorPlanDays().inputValue()).toBe('10');
    expect(await frame().locator('#nc-project').inputValue()).toBe('NC');
    expect(await frame().getByTestId('nc-status-closed').inputValue()).toBe('Closed');
    expect(await frame().getByTestId('majorNC-wait-days').inputValue()).toBe('60');
    expect(await closeWithoutAction('majorNC').input.isChecked()).toBe(false);
    expect(await closeWithoutAction('observation').input.isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('[ISO10.2] changes the major-NC plan days, checks the example due date, saves, and reads it back after a reload', async () => {
    await open();
    await majorPlanDays().fill('5');
    await frame().getByTestId('jira-settings-check').click();
    await frame().getByTestId('check-result').filter({ hasText: 'can do' }).waitFor();
    const today = todayIn('Europe/Dublin', new Date());
    const expected = addBusinessDays(today, 5, [1, 2, 3, 4, 5]);
    await frame()
      .getByTestId('majorNC-example')
      .filter({ hasText: `Plan: ${expected}` })
      .waitFor();
    expect((await savedVersion()).version).toBe(1);

    await frame().getByTestId('jira-settings-save').click();
    await frame().getByTestId('jira-settings-saved').filter({ hasText: 'Version 2' }).waitFor();
    const stored = await savedVersion();
    expect(stored.version).toBe(2);
    expect(stored.settings.dueDates.majorNC.planBusinessDays).toBe(5);
    // Saving from the page keeps what the page did not change: waiting periods, exemptions, NC status.
    expect(stored.settings.dueDates.majorNC).toMatchObject({ effectivenessWaitDays: 60, closeWithoutAction: false });
    expect(stored.settings.dueDates.observation).toMatchObject({ effectivenessWaitDays: 0, closeWithoutAction: true });
    expect(stored.settings.nonconformityStatuses).toEqual({ closed: 'Closed' });

    await page.reload();
    await frame().getByTestId('jira-settings-version').filter({ hasText: 'version 2' }).waitFor();
    expect(await majorPlanDays().inputValue()).toBe('5');
    expect(problems).toEqual([]);
  });

  it('[ISO10.2d] saves a minor NC’s effectiveness waiting period and reads it back after a reload', async () => {
    await open();
    const before = (await savedVersion()).version;
    await frame().getByTestId('minorNC-wait-days').fill('45');
    await frame().getByTestId('jira-settings-save').click();
    await frame()
      .getByTestId('jira-settings-saved')
      .filter({ hasText: `Version ${before + 1}` })
      .waitFor();
    const stored = await savedVersion();
    expect(stored.version).toBe(before + 1);
    expect(stored.settings.dueDates.minorNC.effectivenessWaitDays).toBe(45);
    expect(stored.settings.dueDates.majorNC.effectivenessWaitDays).toBe(60);

    await page.reload();
    await frame()
      .getByTestId('jira-settings-version')
      .filter({ hasText: `version ${before + 1}` })
      .waitFor();
    expect(await frame().getByTestId('minorNC-wait-days').inputValue()).toBe('45');
    await frame().getByTestId('policy-meaning-wait').filter({ hasText: 'implementation + N days' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('[ISO10.2c] refuses closing a major NC without corrective action, with the message under that switch', async () => {
    await open();
    const before = (await savedVersion()).version;
    await closeWithoutAction('majorNC').label.click();
    await frame().getByTestId('jira-settings-save').click();
    await frame()
      .getByTestId('majorNC-close-without-action-error')
      .filter({ hasText: 'A grade whose corrective action is required cannot be closed without one' })
      .waitFor();
    await frame().getByTestId('jira-settings-error').filter({ hasText: 'not saved' }).waitFor();
    const stored = await savedVersion();
    expect(stored.version).toBe(before);
    expect(stored.settings.dueDates.majorNC.closeWithoutAction).toBe(false);
    expect(problems).toEqual([]);
  });

  it('refuses a closed status outside Jira’s done category, with the message at the field', async () => {
    await open();
    const before = (await savedVersion()).version;
    const closed = frame().locator('#status-closed');
    await closed.click();
    await closed.fill('Open');
    await closed.press('Enter');
    await frame().getByTestId('jira-settings-save').click();
    await frame()
      .getByTestId('status-closed-error')
      .filter({ hasText: /not a done status/ })
      .waitFor();
    await frame().getByTestId('jira-settings-error').filter({ hasText: 'not saved' }).waitFor();
    expect((await savedVersion()).version).toBe(before);
    expect(problems).toEqual([]);
  });

  it('shows the settings read-only to a lead auditor', async () => {
    await page.goto(`${sandbox.url}/jira/settings/apps/jira-settings`);
    await page.getByTestId('user-switcher').selectOption(byName('Rahul Mehta'));
    await frame().getByTestId('jira-settings-readonly').waitFor();
    expect(await frame().getByTestId('jira-settings-save').count()).toBe(0);
    expect(await majorPlanDays().isDisabled()).toBe(true);
    expect(problems).toEqual([]);
  });
});
