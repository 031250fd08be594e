// The docs' pictures of issue 8's screens: the demo's management review page in the sandbox's
// Confluence view with every review macro rendered (light and dark), an audit report page, and the
// programme page's "Management review" tab with the review open.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { demoUsers } from '../sandbox/site/users';
import type { SandboxPlatform } from '../sandbox/site/sandboxPlatform';

const user = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

async function value<T>(platform: SandboxPlatform, name: string, payload: unknown, accountId: string): Promise<T> {
  const result = (await platform.invoke(name, payload, accountId)) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`screenshots: ${name} refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/**
 * Waits until every app macro frame on the page has answered (ready, or saying why it cannot show
 * its figures), lets the frames grow to their content, and names any that are not ready.
 */
async function macrosSettled(page: Page, expected: number): Promise<void> {
  const frames = page.locator('iframe.macro-frame');
  await frames.nth(expected - 1).waitFor();
  const count = await frames.count();
  const notReady: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const macro = page.frameLocator('iframe.macro-frame').nth(index).locator('[data-testid="review-macro"]');
    await macro.waitFor({ timeout: 30_000 });
    const state = await macro.getAttribute('data-state');
    if (state !== 'ready') notReady.push(`${(await frames.nth(index).getAttribute('title')) ?? index}: ${state}`);
  }
  if (notReady.length > 0) console.warn(`screenshots: macros not ready: ${notReady.join(', ')}`);
  // Charts draw and frames report their height after the data arrives.
  await page.waitForTimeout(1500);
}

export async function reviewScreenshots(
  sandbox: { url: string; platform: SandboxPlatform },
  page: Page,
  out: string,
): Promise<void> {
  const { platform } = sandbox;
  const aoife = user('Aoife Brennan');
  const { reviews } = await value<{ reviews: Array<{ id: string; pageUrl: string | null }> }>(
    platform,
    'listManagementReviews',
    {},
    aoife,
  );
  const review = reviews[0]!;
  // Top management approves the minutes, so the tab shows a signed meeting record.
  const chloe = user('Chloe Martin');
  const passphrase = 'minutes approved at the review';
  await value(platform, 'setSigningPassphrase', { newPassphrase: passphrase }, chloe);
  const { version } = await value<{ version: number }>(platform, 'getManagementReview', { reviewId: review.id }, chloe);
  await value(
    platform,
    'signRecord',
    { recordType: 'managementReview', recordId: review.id, recordVersion: version, meaning: 'approved', passphrase },
    chloe,
  );
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${sandbox.url}/wiki?theme=light`);
  await page.getByTestId('user-switcher').selectOption(aoife);

  // The review page: six figures macros and one macro per 9.3.2 input, each in its own frame.
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`${sandbox.url}${review.pageUrl}?theme=${theme}`);
    await page.getByTestId('page-title').waitFor();
    await macrosSettled(page, 13);
    const name = theme === 'dark' ? 'management-review-page-dark.png' : 'management-review-page.png';
    await page.screenshot({ path: path.join(out, name), fullPage: true });
  }

  // An audit report page: the audit with the most findings that reached reporting.
  const { audits } = await value<{
    audits: Array<{ id: string; findings: number; report?: { pageUrl: string | null } | null }>;
  }>(platform, 'listAudits', {}, aoife);
  const reported = audits.filter((a) => a.report?.pageUrl).sort((a, b) => b.findings - a.findings)[0]!;
  await page.goto(`${sandbox.url}${reported.report!.pageUrl}?theme=light`);
  await page.getByTestId('page-title').waitFor();
  if ((await page.locator('iframe.macro-frame').count()) > 0) await macrosSettled(page, 1);
  await page.screenshot({ path: path.join(out, 'audit-report.png'), fullPage: true });

  // The programme page's Management review tab with the demo's review open.
  await page.setViewportSize({ width: 1280, height: 2520 });
  await page.goto(`${sandbox.url}?theme=light`);
  const frame = page.frameLocator('#app-frame');
  await frame.getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
  await frame.getByTestId('tab-review').click();
  await frame.getByTestId(`review-open-${review.id}`).click();
  await frame.getByTestId('review-detail').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, 'review-tab.png') });
}
