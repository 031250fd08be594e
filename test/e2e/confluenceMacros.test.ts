import path from 'node:path';
import type { Browser } from 'playwright-core';
import { forgeMacroNode } from '../../sandbox/confluence/forgeMacros';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

// A fixture app with one macro (a no-build Custom UI and an adfExport function) on a page.
const appRoot = path.resolve(__dirname, '../fixtures/forge-app');

describe('Confluence pages with the app’s macros, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let pageId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ appRoot });
    const { id: spaceId } = sandbox.platform.confluence.createSpace({ key: 'ISMS', name: 'ISMS' });
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before the macro.' }] },
        forgeMacroNode('note-macro', { text: 'Review backups' }, { title: 'Note' }),
        { type: 'paragraph', content: [{ type: 'text', text: 'After the macro.' }] },
      ],
    };
    const created = await sandbox.platform.requestProduct(
      'confluence',
      'POST',
      '/wiki/api/v2/pages',
      {
        spaceId,
        status: 'current',
        title: 'Review',
        body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
      },
      undefined,
      'app',
    );
    pageId = (created.body as { id: string }).id;
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('runs each macro in its own frame with its saved config and the page as context', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${sandbox.url}/wiki/spaces/ISMS/pages/${pageId}`);
    const note = page.frameLocator('iframe.macro-frame').getByTestId('note');
    await note.filter({ hasText: 'Note:' }).waitFor();
    await expect(note.textContent()).resolves.toMatch(new RegExp(`^Note: Review backups on page ${pageId} for `));
    expect(await page.getByTestId('page-title').textContent()).toBe('Review');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("exports the page with each macro replaced by its adfExport output, as Confluence's PDF does", async () => {
    const page = await browser.newPage();
    await page.goto(`${sandbox.url}/wiki/spaces/ISMS/pages/${pageId}/export?type=pdf`);
    const text = await page.getByTestId('page-export').textContent();
    expect(text).toContain('Before the macro.');
    expect(text).toContain(`Note for pdf: Review backups (page ${pageId})`);
    expect(text).toContain('After the macro.');
    expect(sandbox.platform.violations).toEqual([]);
    await page.close();
  });
});
