// The issue panel's end-to-end tests' shared setup: the sandbox with a nonconformity raised in Jira in an area an
// auditee works in, signing passphrases set, a Chromium page watching the console, and helpers to read the app's
// records and drive the panel as someone.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

export const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
export const aoife = byName('Aoife Brennan');
// Sofia Lindqvist audits elsewhere: independent of whoever implements the action.
export const sofia = byName('Sofia Lindqvist');
export const auditees = ['Tomasz Nowak', 'Marco Rossi', 'Sean Murphy', 'Olu Adeyemi'].map(byName);
export const PASS = 'correct horse battery staple';

export interface ActionView {
  id: string;
  issueKey: string | null;
  action: { state: string; extent: { recurElsewhere: boolean; otherPlaces?: unknown[] } | null };
  dates: {
    policyDate: string | null;
    controlledDueDate: string | null;
    waitDays: number;
    check: { opensOn: string; dueOn: string } | null;
  };
  planApproval: { approval: { checkDueDate: string } } | null;
  may: { verify: boolean };
}

/** The calendar day `days` after an ISO date. */
export const dayAfter = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let browser: Browser;
export let page: Page;
export let problems: string[];
export let findingId = '';
export let worker = '';
export let workerName = '';
export let ncKey = '';

/** Starts the sandbox and the browser for one test file, and stops them after it. */
export function useCorrectiveActionPanel(): void {
  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    const findings = (await sandbox.platform.invoke('listFindings', {}, aoife)) as {
      value: {
        findings: Array<{ id: string; finding: { auditId: string; content: { grade: string; areaId: string } } }>;
      };
    };
    const areas = (await sandbox.platform.invoke('listAuditableAreas', {}, aoife)) as {
      value: { areas: Array<{ id: string; area: { ownerId: string; memberIds: string[] } }> };
    };
    // Which area the demo's findings fall in depends on the seed: take a nonconformity in an area
    // an auditee works in (they record the steps), else the lead auditor records them.
    const peopleOf = (areaId: string) => {
      const area = areas.value.areas.find((a) => a.id === areaId)!.area;
      return [area.ownerId, ...area.memberIds];
    };
    const nonconformities = findings.value.findings.filter((f) =>
      ['majorNC', 'minorNC'].includes(f.finding.content.grade),
    );
    const finding =
      nonconformities.find((f) => peopleOf(f.finding.content.areaId).some((p) => auditees.includes(p))) ??
      nonconformities[0]!;
    findingId = finding.id;
    worker = peopleOf(finding.finding.content.areaId).find((p) => auditees.includes(p)) ?? byName('Rahul Mehta');
    workerName = demoUsers.find((u) => u.accountId === worker)!.displayName;
    const raised = (await sandbox.platform.invoke(
      'raiseFindingIssues',
      { auditId: finding.finding.auditId, findingIds: [findingId] },
      aoife,
    )) as { ok: boolean };
    expect(raised.ok).toBe(true);
    await sandbox.platform.tick();
    ncKey = (await trackedKey('finding', findingId))!;
    expect(ncKey).toMatch(/^NC-\d+$/);
    // The verifier signs with a passphrase of their own, set beforehand as on the settings tab.
    await sandbox.platform.invoke('setSigningPassphrase', { newPassphrase: PASS }, sofia);
    // So does the programme manager, who approves the plan and the extension.
    await sandbox.platform.invoke('setSigningPassphrase', { newPassphrase: PASS }, aoife);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
    problems = watchConsole(page);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });
}

export async function trackedKey(subject: 'finding' | 'correctiveAction', subjectId: string) {
  const tracked = (await sandbox.platform.invoke('listTrackedIssues', { subject }, aoife)) as {
    value: { issues: Array<{ subjectId: string; issueKey: string | null }> };
  };
  return tracked.value.issues.find((issue) => issue.subjectId === subjectId)?.issueKey ?? null;
}
export const actions = async () =>
  (
    (await sandbox.platform.invoke('listCorrectiveActions', { findingId }, aoife)) as {
      value: { actions: ActionView[] };
    }
  ).value.actions;

export const panel = (): FrameLocator => page.frameLocator('iframe.panel-frame');
/** Opens an issue as someone: the switcher reloads the issue view as them. */
export const openIssue = async (key: string, accountId: string) => {
  await page.goto(`${sandbox.url}/jira/browse/${key}`);
  if ((await page.getByTestId('user-switcher').inputValue()) !== accountId) {
    await Promise.all([page.waitForEvent('load'), page.getByTestId('user-switcher').selectOption(accountId)]);
  }
  await page.getByTestId('issue-key').filter({ hasText: key }).waitFor();
};
/** The whole panel, its frame grown to its content so nothing is cut off. */
export const screenshotPanel = async (file: string) => {
  const height = await panel()
    .locator('html')
    .evaluate((root) => (root as unknown as { scrollHeight: number }).scrollHeight);
  const frame = page.locator('iframe.panel-frame');
  await frame.evaluate((element, px) => {
    (element as unknown as { style: { height: string } }).style.height = `${px}px`;
  }, height);
  await frame.screenshot({ path: file });
};
export const stepState = (step: string) => panel().getByTestId(`panel-step-${step}-state`).textContent();
