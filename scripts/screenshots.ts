// `npm run screenshots`: starts the sandbox with the demo company, opens each page in Debian's
// Chromium and writes the pictures the README and the docs pages show to docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { demoUsers } from '../sandbox/site/users';
import { launchChromium } from '../test/support/browser';
import { startSandbox } from '../test/support/sandboxServer';
import { ensureUiBuilt } from '../sandbox/uiBuild';
import { findingsAndActionsScreenshots } from './screenshotsActions';
import { reviewScreenshots } from './screenshotsReview';

const out = path.resolve(__dirname, '..', 'docs', 'screenshots');
const user = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

async function main(): Promise<void> {
  ensureUiBuilt();
  fs.mkdirSync(out, { recursive: true });
  const sandbox = await startSandbox();
  const browser = await launchChromium();
  try {
    // Approve the programme settings first, so the pictures show a signed record.
    const aoife = user('Aoife Brennan');
    await sandbox.platform.invoke('setSigningPassphrase', { newPassphrase: 'correct horse battery staple' }, aoife);
    await sandbox.platform.invoke(
      'signRecord',
      {
        recordType: 'programmeSettings',
        recordId: 'programme',
        recordVersion: 1,
        meaning: 'approved',
        passphrase: 'correct horse battery staple',
      },
      aoife,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const frame = page.frameLocator('#app-frame');
    // The programme halfway through its cycle: coverage, gaps and the schedule with a late audit.
    await page.goto(sandbox.url);
    await frame.getByTestId('coverage-matrix').waitFor();
    await frame.getByTestId('schedule-table').waitFor();
    await page.screenshot({ path: path.join(out, 'programme-overview.png') });

    await frame.getByTestId('tab-soa').click();
    await frame.getByTestId('soa-filter').waitFor();
    await page.waitForTimeout(800);
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.screenshot({ path: path.join(out, 'statement-of-applicability.png') });

    await frame.getByTestId('tab-auditors').click();
    await frame.getByText('Sofia Lindqvist').first().waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(out, 'auditor-register.png') });

    await page.setViewportSize({ width: 1280, height: 3300 });
    await frame.getByTestId('tab-settings').click();
    await frame.getByTestId('roles-table').waitFor();
    await frame.getByTestId('trail-verify').click();
    await frame.getByTestId('trail-result').waitFor();
    await page.screenshot({ path: path.join(out, 'programme-manager.png') });

    await page.getByTestId('user-switcher').selectOption(user('Grace Okafor'));
    await frame.getByTestId('tab-settings').click();
    await frame.getByTestId('settings-readonly').waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: path.join(out, 'viewer.png') });
    await page.getByTestId('user-switcher').selectOption(aoife);
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.goto(`${sandbox.url}/trail`);
    await frame.getByTestId('trail-table').waitFor();
    await page.screenshot({ path: path.join(out, 'audit-trail.png') });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${sandbox.url}/wiki`);
    await page.getByText('ISMS scope and auditable areas').click();
    await page.getByTestId('page-title').waitFor();
    await page.screenshot({ path: path.join(out, 'confluence-scope.png') });

    await page.goto(`${sandbox.url}/jira/browse/NC-1`);
    await page.getByTestId('issue-summary').waitFor();
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.screenshot({ path: path.join(out, 'jira-issue.png') });

    // The Jira admin page, checked: the due dates a finding raised today would get.
    await page.setViewportSize({ width: 1280, height: 1560 });
    await page.goto(`${sandbox.url}/jira/settings/apps/jira-settings`);
    await frame.getByTestId('jira-settings-form').waitFor();
    await frame.getByTestId('jira-settings-check').click();
    await frame.getByTestId('majorNC-example').waitFor();
    await page.screenshot({ path: path.join(out, 'jira-settings.png') });
    // Issue 7: the Findings & actions tab after a raise, and the Jira issue panel.
    await findingsAndActionsScreenshots(sandbox, page, out);
    // Issue 8: the demo's management review page (light and dark), an audit report, the review tab.
    await reviewScreenshots(sandbox, page, out);
    console.log(`screenshots: wrote ${fs.readdirSync(out).join(', ')} to docs/screenshots/`);
  } finally {
    await browser.close();
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
