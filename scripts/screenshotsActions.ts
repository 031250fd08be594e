// The docs' pictures of issue 7's screens: the programme page's "Findings & actions" tab after
// a raise (its progress bar, the findings' keys, a corrective action under way) and the Jira issue
// panel on a nonconformity's issue with the action's lifecycle and its next step's form.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { demoUsers } from '../sandbox/site/users';
import type { SandboxPlatform } from '../sandbox/site/sandboxPlatform';

const user = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

interface Finding {
  id: string;
  finding: { auditId: string; content: { grade: string; areaId: string } };
}

async function value<T>(platform: SandboxPlatform, name: string, payload: unknown, accountId: string): Promise<T> {
  const result = (await platform.invoke(name, payload, accountId)) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`screenshots: ${name} refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export async function findingsAndActionsScreenshots(
  sandbox: { url: string; platform: SandboxPlatform },
  page: Page,
  out: string,
): Promise<void> {
  const { platform } = sandbox;
  const aoife = user('Aoife Brennan');
  const { findings } = await value<{ findings: Finding[] }>(platform, 'listFindings', {}, aoife);
  const { audits } = await value<{ audits: Array<{ id: string; title: string; findings: number }> }>(
    platform,
    'listAudits',
    {},
    aoife,
  );
  const audit = [...audits].sort((a, b) => b.findings - a.findings)[0]!;
  const frame = page.frameLocator('#app-frame');

  // Raise the audit's findings from the tab, as the programme manager, and let the queue run.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.goto(sandbox.url);
  await page.getByTestId('user-switcher').selectOption(aoife);
  await frame.getByTestId('tab-actions').click();
  await frame.getByTestId('finding-issues').waitFor();
  const select = frame.locator('#actions-audit');
  await select.focus();
  await select.press('ArrowDown');
  await frame.getByRole('option', { name: new RegExp(`^${audit.title} ·`) }).click();
  await frame.getByTestId('raise-all').click();
  await frame.getByTestId('raise-progress').waitFor();
  await platform.tick();
  await frame.getByTestId('raise-progress-counts').filter({ hasText: '100%' }).waitFor();

  // One nonconformity gets a corrective action with its root cause, as its area's auditee would.
  const nonconformity = findings.find(
    (f) => f.finding.auditId === audit.id && ['majorNC', 'minorNC'].includes(f.finding.content.grade),
  )!;
  const lead = user('Rahul Mehta');
  const opened = await value<{ id: string; version: number }>(
    platform,
    'openCorrectiveAction',
    {
      findingIds: [nonconformity.id],
      title: 'Quarterly restore tests with evidence',
      correction: { text: 'Restored last night’s backup to the test server; it restored cleanly.' },
    },
    lead,
  );
  await value(
    platform,
    'recordCorrectiveActionStep',
    {
      correctiveActionId: opened.id,
      expectedVersion: opened.version,
      step: {
        step: 'rootCause',
        method: 'fiveWhys',
        text: 'No one owned restore testing after the service moved to the cloud provider.',
      },
    },
    lead,
  );
  await platform.tick();
  // The hourly reconciliation reads the new issues' status and due date for the table.
  platform.clock.advance(60 * 60 * 1000);
  await platform.tick();
  await page.reload();
  await frame.getByTestId('tab-actions').click();
  await select.focus();
  await select.press('ArrowDown');
  await frame.getByRole('option', { name: new RegExp(`^${audit.title} ·`) }).click();
  await frame.getByTestId('raise-progress-counts').filter({ hasText: '100%' }).waitFor();
  await frame.getByTestId(`action-row-${opened.id}`).waitFor();
  await frame.getByTestId('overdue').waitFor();
  await page.screenshot({ path: path.join(out, 'findings-and-actions.png') });

  // The nonconformity's Jira issue with the app's panel, as the lead auditor: the extent is next.
  const { issues } = await value<{ issues: Array<{ subjectId: string; issueKey: string | null }> }>(
    platform,
    'listTrackedIssues',
    { subject: 'finding' },
    aoife,
  );
  const key = issues.find((issue) => issue.subjectId === nonconformity.id)!.issueKey!;
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.goto(`${sandbox.url}/jira/browse/${key}`);
  await Promise.all([page.waitForEvent('load'), page.getByTestId('user-switcher').selectOption(lead)]);
  const panel = page.frameLocator('iframe.panel-frame');
  await panel.getByTestId('panel-extent-form').waitFor();
  // Jira grows an issue panel's frame to its content; the sandbox's frame keeps its own height.
  // (A script string: this file is type-checked without the DOM's types.)
  await page.evaluate(
    "(() => { const f = document.querySelector('iframe.panel-frame'); f.style.height = (f.contentDocument.documentElement.scrollHeight + 16) + 'px'; })()",
  );
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(out, 'issue-panel.png'), fullPage: true });
}
