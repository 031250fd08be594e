import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(240_000);

const aoife = demoUsers.find((u) => u.displayName === 'Aoife Brennan')!.accountId;

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };
interface AuditRow {
  id: string;
  title: string;
  state: string;
  findings: number;
  report: { pageUrl: string | null } | null;
}
interface TrackedIssue {
  subjectId: string;
  state: string;
  issueKey: string | null;
}

/**
 * Every kind of link the app shows, clicked in Chromium on each surface of the demo site: the
 * report and plan pages from the audit detail, a finding's Jira issue from Findings & actions, the
 * plan page from the issue panel and the issue's description, and an issue from a review macro.
 * Each opens (through the bridge's router, in a new tab) a page of the emulated site on the real
 * site's path, never a 404; each address is on the site's base URL the frame was given.
 */
describe('every link the app shows lands on a page, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let audit: AuditRow;
  let planned: AuditRow;
  let findingIds: string[] = [];

  const invoke = async <T>(name: string, payload: unknown) => {
    const answer = (await sandbox.platform.invoke(name, payload, aoife)) as Answer<T>;
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.value;
  };
  const frame = (): FrameLocator => page.frameLocator('#app-frame');

  /** Clicks the link and checks the tab it opens: on the sandbox's own address, a page (200), not the 404 page. */
  const landsOnAPage = async (link: Locator): Promise<string> => {
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${sandbox.url}/`));
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded');
    const url = tab.url();
    expect(url.startsWith(`${sandbox.url}/`)).toBe(true);
    expect((await fetch(url)).status).toBe(200);
    expect(await tab.title()).not.toMatch(/not found/i);
    await tab.close();
    return url.slice(sandbox.url.length);
  };

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
    const { audits } = await invoke<{ audits: AuditRow[] }>('listAudits', {});
    // An audit in reporting with its report page and findings (the demo has them).
    audit = audits.find((a) => a.report?.pageUrl && a.findings > 0)!;
    // An audit still planned, whose plan the manager publishes from its detail.
    planned = audits.find((a) => a.state === 'planned')!;
    expect([audit, planned]).not.toContain(undefined);
    // The reporting audit's plan page, which its findings' issues and panel link to.
    await invoke('publishAuditPlan', { auditId: audit.id });
    const { findings } = await invoke<{ findings: Array<{ id: string }> }>('listFindings', { auditId: audit.id });
    findingIds = findings.map((f) => f.id);
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(aoife);
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    // The demo seed runs each audit's steps: over 120 s on a loaded shared machine.
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('opens the report page and the published plan page from the audit detail', async () => {
    await frame().getByTestId('tab-audits').click();
    await frame().getByTestId(`audits-open-${audit.id}`).click();
    await frame().getByTestId(`audit-detail-${audit.id}`).waitFor();
    expect(await landsOnAPage(frame().getByTestId('report-page-link'))).toMatch(/^\/wiki\/spaces\/ISMS\/pages\/\d+$/);

    await frame().getByTestId('tab-audits').click();
    await frame().getByTestId(`audits-open-${planned.id}`).click();
    await frame().getByTestId(`audit-detail-${planned.id}`).waitFor();
    await frame().getByTestId('audit-publish-button').click();
    expect(await landsOnAPage(frame().getByTestId('audit-publish-link'))).toMatch(/^\/wiki\/spaces\/ISMS\/pages\/\d+$/);
  });

  it('opens a finding’s Jira issue from Findings & actions', async () => {
    await invoke('raiseFindingIssues', { auditId: audit.id });
    // The sandbox runs the raise queue when ticked, as Forge delivers the event.
    for (let i = 0; i < 5; i += 1) {
      const { issues } = await invoke<{ issues: TrackedIssue[] }>('listTrackedIssues', {
        auditId: audit.id,
        subject: 'finding',
      });
      if (issues.length === findingIds.length && issues.every((t) => t.state === 'raised')) break;
      await sandbox.platform.tick();
    }
    await page.reload();
    await frame().getByTestId('tab-actions').click();
    await frame().getByTestId('finding-issues').waitFor();
    const choice = frame().locator('#actions-audit');
    await choice.focus();
    await choice.press('ArrowDown');
    await frame()
      .getByRole('option', { name: new RegExp(`^${audit.title} ·`) })
      .click();
    const landed = await landsOnAPage(frame().getByTestId(`finding-issue-key-${findingIds[0]}`));
    expect(landed).toMatch(/^\/browse\/NC-\d+$/);
  });

  it('opens the plan page from the issue panel and from the issue’s description; the grade shows as words', async () => {
    const { issues } = await invoke<{ issues: TrackedIssue[] }>('listTrackedIssues', {
      auditId: audit.id,
      subject: 'finding',
    });
    const key = issues.find((t) => t.issueKey)!.issueKey!;
    await page.goto(`${sandbox.url}/browse/${key}`);
    await page.getByTestId('issue-key').filter({ hasText: key }).waitFor();
    const facts = await page.locator('.issue-facts').innerText();
    expect(facts).toMatch(/Major nonconformity|Minor nonconformity|Observation|Opportunity for improvement/);
    expect(facts).not.toMatch(/majorNC|minorNC|iso27001-audit/);

    const panel = page.frameLocator('iframe.panel-frame');
    expect(await landsOnAPage(panel.getByTestId('panel-plan-page'))).toMatch(/^\/wiki\/spaces\/ISMS\/pages\/\d+$/);

    // The description's link is a plain link of the site (Jira resolves it against itself).
    const described = page.locator('.jira-issue a', { hasText: 'Audit plan in Confluence' });
    const href = (await described.getAttribute('href'))!;
    expect(href).toMatch(/^\/wiki\/spaces\/ISMS\/pages\/\d+$/);
    expect((await fetch(`${sandbox.url}${href}`)).status).toBe(200);
    // Confluence's own address of a page, with its title after the id, lands too.
    expect((await fetch(`${sandbox.url}${href}/Any+title`)).status).toBe(200);
  });

  it('opens an issue from the finding register macro on the review page', async () => {
    const { reviews } = await invoke<{ reviews: Array<{ pageUrl: string | null }> }>('listManagementReviews', {});
    const reviewPage = reviews.find((r) => r.pageUrl)!.pageUrl!;
    await page.goto(`${sandbox.url}${reviewPage}`);
    await page.getByTestId('user-switcher').selectOption(aoife);
    const register = page.frameLocator('iframe[data-module-key="review-finding-register"]').first();
    expect(await landsOnAPage(register.getByTestId('issue-link').first())).toMatch(/^\/browse\/NC-\d+$/);
  });

  it('logged no problem in any frame', () => {
    expect(problems).toEqual([]);
    expect(sandbox.platform.violations).toEqual([]);
  });
});
