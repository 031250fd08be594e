import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * How long a page waits for an element or a navigation. Playwright's 30 s default is too short
 * when a page of thirteen macro frames loads while other suites share the machine's two cores: a
 * wait is a wait for something that will come, never a timing assertion.
 */
const PAGE_WAIT_MS = 120_000;

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every page the suites open gets the longer wait (Playwright has no browser-wide setting).
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(PAGE_WAIT_MS);
    page.setDefaultNavigationTimeout(PAGE_WAIT_MS);
    return page;
  };
  return browser;
}

/** Collects every console error and warning and page error, from the page and its frames. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
