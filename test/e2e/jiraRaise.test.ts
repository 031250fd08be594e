import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(180_000);

const aoife = demoUsers.find((u) => u.displayName === 'Aoife Brennan')!.accountId;

interface TrackedIssue {
  subjectId: string;
  state: string;
  issueKey: string | null;
}

/**
 * The "Findings & actions" tab end to end: a programme manager raises every finding of an audit
 * from the page; the progress bar moves as the sandbox drains the raise queue, reaches 100%, still
 * shows the job after a reload, and every finding then shows its own Jira issue key.
 */
describe('raising an audit’s findings as Jira issues from the programme page, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let auditId = '';
  let auditTitle = '';
  let findingIds: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
    const audits = (await sandbox.platform.invoke('listAudits', {}, aoife)) as {
      value: { audits: Array<{ id: string; title: string; findings: number }> };
    };
    // The audit with the most findings (the demo's IT operations audit, with two).
    const chosen = [...audits.value.audits].sort((a, b) => b.findings - a.findings)[0]!;
    auditId = chosen.id;
    auditTitle = chosen.title;
    const findings = (await sandbox.platform.invoke('listFindings', { auditId }, aoife)) as {
      value: { findings: Array<{ id: string }> };
    };
    findingIds = findings.value.findings.map((finding) => finding.id);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  const frame = (): FrameLocator => page.frameLocator('#app-frame');
  const tracked = async () =>
    (
      (await sandbox.platform.invoke('listTrackedIssues', { auditId, subject: 'finding' }, aoife)) as {
        value: { issues: TrackedIssue[] };
      }
    ).value.issues;

  /** Opens the Findings & actions tab on the audit under test (the tab opens on the first with findings). */
  const openAudit = async () => {
    await frame().getByTestId('tab-actions').click();
    await frame().getByTestId('finding-issues').waitFor();
    const audit = frame().locator('#actions-audit');
    await audit.focus();
    await audit.press('ArrowDown');
    await frame()
      .getByRole('option', { name: new RegExp(`^${auditTitle} ·`) })
      .click();
    await frame().getByTestId(`finding-issue-row-${findingIds[0]}`).waitFor();
  };

  it('lists the audit’s findings, none raised yet', async () => {
    expect(findingIds.length).toBeGreaterThanOrEqual(2);
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(aoife);
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    await openAudit();
    for (const id of findingIds) {
      await expect(frame().getByTestId(`finding-issue-state-${id}`).textContent()).resolves.toBe('Not raised');
    }
    await expect(frame().getByTestId('raise-all').innerText()).resolves.toBe(`Raise all (${findingIds.length})`);
  });

  it('raises all and watches the progress bar reach 100% as the queue drains', async () => {
    await frame().getByTestId('raise-all').click();
    await frame().getByTestId('raise-progress').waitFor();
    // Nothing is created before the queue runs: the job is queued with every finding remaining.
    await frame()
      .getByTestId('raise-progress-counts')
      .filter({ hasText: `0 done · 0 failed · ${findingIds.length} remaining` })
      .waitFor();
    expect((await tracked()).every((issue) => issue.state === 'queued')).toBe(true);

    // The sandbox runs the queue consumer when ticked, as Forge would deliver the event.
    await sandbox.platform.tick();
    const counts = frame().getByTestId('raise-progress-counts');
    await counts.filter({ hasText: '100%' }).waitFor();
    await expect(counts.innerText()).resolves.toBe(
      `100% · ${findingIds.length} done · 0 failed · 0 remaining of ${findingIds.length}`,
    );
    await expect(frame().getByTestId('raise-progress-state').textContent()).resolves.toBe('Finished');
    const bar = frame().getByTestId('raise-progress-bar');
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('1');
  });

  it('shows each finding’s own issue key, once, and raising again has nothing to do', async () => {
    const issues = await tracked();
    expect(issues.map((issue) => issue.state)).toEqual(findingIds.map(() => 'raised'));
    const keys = issues.map((issue) => issue.issueKey);
    expect(new Set(keys).size).toBe(findingIds.length);
    for (const issue of issues) {
      const key = frame().getByTestId(`finding-issue-key-${issue.subjectId}`);
      await key.filter({ hasText: issue.issueKey! }).waitFor();
      await expect(frame().getByTestId(`finding-issue-state-${issue.subjectId}`).textContent()).resolves.toBe('Raised');
    }
    await expect(frame().getByTestId('raise-all').isDisabled()).resolves.toBe(true);
  });

  it('finds the finished job again after a reload, with Jira’s status and due date from the reconciliation', async () => {
    // Jira does not send the app its own issues' created events (ignoreSelf): the hourly
    // reconciliation reads their status and due date, which the table then shows.
    sandbox.platform.clock.advance(60 * 60 * 1000);
    await sandbox.platform.tick();
    await page.reload();
    await openAudit();
    const counts = frame().getByTestId('raise-progress-counts');
    await counts.filter({ hasText: '100%' }).waitFor();
    await expect(counts.innerText()).resolves.toBe(
      `100% · ${findingIds.length} done · 0 failed · 0 remaining of ${findingIds.length}`,
    );
    for (const id of findingIds) {
      await frame().getByTestId(`finding-issue-status-${id}`).filter({ hasText: 'Open' }).waitFor();
      await expect(frame().getByTestId(`finding-issue-due-${id}`).textContent()).resolves.toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    }
  });

  it('the issues are in the sandbox’s Jira, with the app’s fields', async () => {
    const [first] = await tracked();
    await page.goto(`${sandbox.url}/jira/browse/${first!.issueKey}`);
    await expect(page.getByTestId('issue-status').innerText()).resolves.toBe('Open');
    // Jira's issue view shows no issue properties: the property is read where Jira keeps it.
    const property = await sandbox.platform.requestProduct(
      'jira',
      'GET',
      `/rest/api/3/issue/${first!.issueKey}/properties/iso27001-audit`,
      undefined,
      undefined,
      'app',
    );
    expect(JSON.stringify(property.body)).toContain(first!.subjectId);
  });

  it('left no console problem and no product-call violation', () => {
    expect(problems).toEqual([]);
    expect(sandbox.platform.violations).toEqual([]);
  });
});
