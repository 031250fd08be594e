import type { Browser, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';
import { ensureUiBuilt } from '../../sandbox/uiBuild';

jest.setTimeout(120_000);

const aoife = demoUsers.find((u) => u.displayName === 'Aoife Brennan')!.accountId;
const PASS = 'correct horse battery staple';

describe('electronic signatures in the browser', () => {
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

  const frame = () => page.frameLocator('#app-frame');
  // Aoife's own attempts: the demo seed records the lead's attempts when he signs the audits' plans.
  const attempts = async () => {
    const answer = (await sandbox.platform.invoke(
      'listAuditTrail',
      { entityType: 'signingAttempt', actor: aoife, limit: 100 },
      aoife,
    )) as {
      value: { entries: Array<{ after: { outcome: string } }> };
    };
    return answer.value.entries.map((e) => e.after.outcome);
  };

  it('[P11.200] sets a signing passphrase', async () => {
    await page.goto(sandbox.url);
    await frame().getByTestId('tab-settings').click();
    await frame().getByTestId('passphrase-new').fill(PASS);
    await frame().getByTestId('passphrase-confirm').fill(PASS);
    await frame().getByTestId('passphrase-save').click();
    await frame().getByTestId('passphrase-message').waitFor();
    await frame()
      .getByTestId('passphrase-status')
      .filter({ hasText: /set|active/i })
      .waitFor();
  });

  it('[P11.300d] shows a wrong passphrase as an error, signs nothing, and records the failed attempt', async () => {
    await frame().getByTestId('settings-approve').click();
    await frame().getByTestId('signing-dialog').waitFor();
    await frame()
      .getByTestId('signing-summary')
      .filter({ hasText: /Approved/ })
      .waitFor();
    await frame().getByTestId('signing-passphrase').fill('not the right passphrase');
    await frame().getByTestId('signing-submit').click();
    await frame()
      .getByTestId('signing-error')
      .filter({ hasText: /not right/ })
      .waitFor();
    expect(await attempts()).toEqual(['passphraseGiven', 'wrongPassphrase']);
    const signatures = (await sandbox.platform.invoke(
      'listSignatures',
      { recordType: 'programmeSettings', recordId: 'programme' },
      aoife,
    )) as {
      value: { signatures: unknown[] };
    };
    expect(signatures.value.signatures).toEqual([]);
  });

  it('[P11.50] [A11.14] signs, and the signature block shows name, date and time, and meaning', async () => {
    await frame().getByTestId('signing-passphrase').fill(PASS);
    await frame().getByTestId('signing-submit').click();
    await frame().getByTestId('signing-done-message').waitFor();
    await frame().getByTestId('signing-done').click();
    const block = frame().getByTestId('signature-block');
    await block.filter({ hasText: 'Aoife Brennan' }).waitFor();
    const text = (await block.textContent()) ?? '';
    expect(text).toMatch(/Approved/);
    expect(text).toMatch(/\d{4}|UTC/);
    expect(text).toMatch(/Current/);
    await frame().getByTestId('settings-approval-state').waitFor();
    expect(await attempts()).toEqual(['passphraseGiven', 'wrongPassphrase', 'passphraseGiven', 'signed']);
  });

  it('[P11.10e] shows the signing in the audit trail page, and the trail verifies', async () => {
    await page.goto(`${sandbox.url}/trail`);
    await frame().getByTestId('trail-table').waitFor();
    // The demo programme writes many entries before this one: filter to signatures, as an inspector would.
    await frame().locator('#trail-filter-type').focus();
    await page.keyboard.press('ArrowDown');
    await frame().getByText('Electronic signature (signature)').click();
    await frame().getByTestId('trail-apply').click();
    await frame().getByTestId('trail-table').filter({ hasText: 'signature' }).waitFor();
    await frame().getByTestId('trail-verify').click();
    await frame()
      .getByTestId('trail-verdict')
      .filter({ hasText: /intact/i })
      .waitFor();
    await frame().getByTestId('tab-record').click();
    // The record is exported by a background job: its events run when the platform is ticked, as
    // Forge's queue delivers them, while the page follows the job's progress.
    const record = frame().getByTestId('record-export').filter({ hasText: 'Aoife Brennan' });
    for (let turn = 0; turn < 120 && !(await record.isVisible()); turn += 1) {
      await sandbox.platform.tick();
      await page.waitForTimeout(250);
    }
    await record.waitFor();
    expect(problems).toEqual([]);
  });
});
