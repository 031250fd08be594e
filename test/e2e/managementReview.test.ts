import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(180_000);

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const aoife = byName('Aoife Brennan');
const chloe = byName('Chloe Martin');
const PASS = 'correct horse battery staple';

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

interface ReviewSummary {
  id: string;
  title: string;
  from: string;
  to: string;
  pageUrl: string | null;
  decisions: number;
}
interface ReviewView extends ReviewSummary {
  page: { pageId: string; title: string } | null;
  decisionList: Array<{
    id: string;
    type: string;
    text: string;
    dueDate: string;
    issue: { issueKey: string | null } | null;
  }>;
  minutesApproved: boolean;
  conclusion: { suitable: string; adequate: string; effective: string; statement: string } | null;
  signatures: Array<{ meaning: string; status: string; bindingIntact: boolean; signerName: string }>;
}

const TITLE = 'Management review 2026 H1 (browser test)';
const DECISION = 'Review supplier access rights every quarter';
const DUE = '2027-03-31';
const CONCLUSION = 'The ISMS is suitable and adequate; effective once supplier access is reviewed quarterly.';

/**
 * The "Management review" tab end to end: the programme manager creates a review from the tab,
 * its page in the sandbox's Confluence view runs every review macro in its own frame; a decision
 * recorded in the tab is raised through the queue and its Jira issue is there in the Jira view.
 */
describe('a management review from the programme page, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let from = '';
  let to = '';
  let reviewId = '';
  let pageUrl = '';
  let issueKey = '';

  const frame = (): FrameLocator => page.frameLocator('#app-frame');
  const invoke = async <T>(name: string, payload: unknown) =>
    (await sandbox.platform.invoke(name, payload, aoife)) as Answer<T>;
  const typeDate = async (inputId: string, day: string) => {
    const input = frame().locator(`#${inputId}`);
    await input.fill(day);
    await input.press('Enter');
  };
  /** Types into a react-select and takes the first option that matches. */
  const choose = async (inputId: string, text: string) => {
    const input = frame().locator(`#${inputId}`);
    await input.fill(text);
    await frame().getByRole('option', { name: text }).first().waitFor();
    await input.press('Enter');
  };
  /** Opens a react-select that takes no typing and clicks the option. */
  const pick = async (inputId: string, text: string) => {
    await frame().locator(`#${inputId}`).focus();
    await frame().locator(`#${inputId}`).press('ArrowDown');
    await frame().getByRole('option', { name: text, exact: true }).click();
  };
  const reviewView = async () => {
    const view = await invoke<ReviewView>('getManagementReview', { reviewId });
    if (!view.ok) throw new Error(view.error.message);
    return view.value;
  };

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
    // The half-year up to the sandbox's today (the coverage answers in the programme's calendar).
    const coverage = await invoke<{ asOf: { today: string } }>('getCoverage', {});
    if (!coverage.ok) throw new Error(coverage.error.message);
    to = coverage.value.asOf.today;
    const start = new Date(`${to}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() - 6);
    from = start.toISOString().slice(0, 10);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('creates a review in the Management review tab and shows the link to its page', async () => {
    await page.goto(sandbox.url);
    await page.getByTestId('user-switcher').selectOption(aoife);
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    await frame().getByTestId('tab-review').click();
    await frame().getByTestId('review-create').waitFor();

    await frame().locator('#review-create-title').fill(TITLE);
    await typeDate('review-create-from', from);
    await typeDate('review-create-to', to);
    await frame().getByTestId('review-create-submit').click();

    const link = frame().getByTestId('review-created-link');
    await link.waitFor();
    const listed = await invoke<{ reviews: ReviewSummary[] }>('listManagementReviews', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const review = listed.value.reviews.find((r) => r.title === TITLE)!;
    expect(review).toMatchObject({ from, to, decisions: 0 });
    reviewId = review.id;
    pageUrl = review.pageUrl!;
    expect(pageUrl).toMatch(/^\/wiki\/spaces\/[^/]+\/pages\/[^/]+$/);
    // On the site's base URL the frame is given: this sandbox's own address.
    await expect(link.getAttribute('href')).resolves.toBe(`${sandbox.url}${pageUrl}`);
    // The list shows it, and its detail is open.
    await frame().getByTestId(`review-row-${reviewId}`).waitFor();
    await frame().getByTestId('review-detail').waitFor();
    await expect(frame().getByTestId('review-detail-period').innerText()).resolves.toBe(`Period ${from} – ${to}`);
  });

  it('hands the finding register of the review period to the browser as a CSV file', async () => {
    const downloaded = page.waitForEvent('download');
    await frame().getByTestId('review-csv-findings').click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`finding-register-${from}-to-${to}.csv`);
    expect(await frame().getByTestId('review-csv-error').count()).toBe(0);
  });

  it('opens the review page in the Confluence view, with every review macro in its own frame', async () => {
    const wiki = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const wikiProblems = watchConsole(wiki);
    await wiki.goto(`${sandbox.url}${pageUrl}`);
    const view = await invoke<ReviewView>('getManagementReview', { reviewId });
    if (!view.ok) throw new Error(view.error.message);
    await expect(wiki.getByTestId('page-title').textContent()).resolves.toBe(view.value.page!.title);
    // Six figures macros and the seven 9.3.2 inputs (a–g).
    const frames = wiki.locator('iframe.macro-frame');
    await frames.first().waitFor();
    await expect(frames.count()).resolves.toBe(13);
    expect(wikiProblems).toEqual([]);
    await wiki.close();
  });

  it('records a decision with its 9.3.3 type, owner and due date, and raises it as a Jira issue', async () => {
    await pick('decision-type', 'Resource need');
    await frame().locator('#decision-text').fill(DECISION);
    await choose('decision-owner', 'Chloe Martin');
    await typeDate('decision-due', DUE);
    await frame().getByTestId('decision-add').click();
    await frame().locator('[data-testid^="decision-words-"]').filter({ hasText: DECISION }).waitFor();
    await expect(frame().getByTestId('decisions-raise').innerText()).resolves.toBe('Raise decisions in Jira (1)');

    await frame().getByTestId('decisions-raise').click();
    await frame().getByTestId('decision-raise-progress').waitFor();
    // The sandbox runs the queue consumer when ticked, as Forge would deliver the event.
    await sandbox.platform.tick();
    const counts = frame().getByTestId('decision-raise-counts');
    await counts.filter({ hasText: '100%' }).waitFor();
    await expect(counts.innerText()).resolves.toBe('100% · 1 done · 0 failed · 0 remaining of 1');

    const view = await invoke<ReviewView>('getManagementReview', { reviewId });
    if (!view.ok) throw new Error(view.error.message);
    const decision = view.value.decisionList.find((d) => d.text === DECISION)!;
    expect(decision.dueDate).toBe(DUE);
    expect(decision.type).toBe('resourceNeed');
    await expect(frame().getByTestId(`decision-type-${decision.id}`).innerText()).resolves.toBe('Resource need');
    issueKey = decision.issue!.issueKey!;
    expect(issueKey).toMatch(/^[A-Z][A-Z0-9_]+-\d+$/);
    const key = frame().getByTestId(`decision-issue-key-${decision.id}`);
    await key.filter({ hasText: issueKey }).waitFor();
    await expect(key.getAttribute('href')).resolves.toMatch(new RegExp(`/browse/${issueKey}$`));
    // Nothing is left to raise: raising again would make no second issue.
    await expect(frame().getByTestId('decisions-raise').isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('records the meeting with its conclusion on the ISMS, which top management signs with the minutes', async () => {
    await typeDate('review-held-on', to);
    await frame().locator('#review-minutes').fill('Reviewed the inputs a–g and the supplier access findings.');
    await pick('review-conclusion-suitable', 'Yes');
    await pick('review-conclusion-adequate', 'Yes');
    await pick('review-conclusion-effective', 'No');
    await frame().locator('#review-conclusion-statement').fill(CONCLUSION);
    await frame().getByTestId('review-meeting-save').click();
    await frame().getByTestId('review-meeting-version').filter({ hasNotText: 'Version 2' }).waitFor();
    expect((await reviewView()).conclusion).toEqual({
      suitable: 'yes',
      adequate: 'yes',
      effective: 'no',
      statement: CONCLUSION,
    });

    // Chloe Martin (top management) signs the minutes, and with them the conclusion.
    await sandbox.platform.invoke('setSigningPassphrase', { newPassphrase: PASS }, chloe);
    await page.getByTestId('user-switcher').selectOption(chloe);
    await frame().getByTestId('session-name').filter({ hasText: 'Chloe Martin' }).waitFor();
    await frame().getByTestId('tab-review').click();
    await frame().getByTestId(`review-open-${reviewId}`).click();
    await frame().getByTestId('review-agenda').filter({ hasText: '9.3.2 g' }).waitFor();
    await frame().getByTestId('review-approval-approve').click();
    await frame().getByTestId('signing-passphrase').fill(PASS);
    await frame().getByTestId('signing-submit').click();
    await frame().getByTestId('signing-done-message').waitFor();
    await frame().getByTestId('signing-done').click();

    const signed = await reviewView();
    expect(signed.minutesApproved).toBe(true);
    expect(signed.signatures).toMatchObject([
      { meaning: 'approved', status: 'current', bindingIntact: true, signerName: 'Chloe Martin' },
    ]);
    expect(signed.conclusion?.statement).toBe(CONCLUSION);
    expect(problems).toEqual([]);
  });

  it('finds the decision’s Jira issue in the sandbox Jira view, due when decided', async () => {
    const jira = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await jira.goto(`${sandbox.url}/jira/browse/${issueKey}`);
    await expect(jira.getByTestId('issue-key').textContent()).resolves.toBe(issueKey);
    await expect(jira.getByTestId('issue-summary').textContent()).resolves.toContain(DECISION);
    await expect(jira.getByTestId('issue-duedate').textContent()).resolves.toBe(DUE);
    await jira.close();
  });
});
