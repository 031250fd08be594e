import type http from 'node:http';
import { z } from 'zod';
import { findForgeMacros, FORGE_EXTENSION_TYPE } from '../confluence/forgeMacros';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { chromePage, sendSitePage } from './chromePage';
import { escapeHtml, issuesText } from './http';
import { productGet } from './productReads';

/**
 * Editing a macro's settings on a page, as Confluence's macro "Edit" does: the macro's `config`
 * resource opens framed with `extension.macro.isConfiguring = true` and the saved config; its
 * `view.submit({ config })` (answered by chrome.js) comes back here, is written into the macro's
 * `guestParams` in the page's ADF as a new page version, and the page view opens again.
 */

export const macroConfigPath = (spaceKey: string, pageId: string, localId: string): string =>
  `/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(pageId)}/macros/${encodeURIComponent(localId)}/config`;

type Page = {
  id: string;
  title: string;
  spaceId: string;
  version: { number: number };
  body?: { atlas_doc_format?: { value: string } };
};

async function readPage(platform: SandboxPlatform, pageId: string): Promise<{ page: Page; doc: unknown } | null> {
  const { status, body } = await productGet(
    platform,
    'confluence',
    `/wiki/api/v2/pages/${encodeURIComponent(pageId)}?body-format=atlas_doc_format`,
  );
  if (status !== 200) return null;
  const page = body as Page;
  return { page, doc: JSON.parse(page.body?.atlas_doc_format?.value ?? '{"type":"doc","version":1,"content":[]}') };
}

/** `/wiki/spaces/<key>/pages/<id>/macros/<localId>/config`: the macro's config panel in a frame. */
export async function macroConfigView(
  platform: SandboxPlatform,
  res: http.ServerResponse,
  spaceKey: string,
  pageId: string,
  localId: string,
): Promise<void> {
  const read = await readPage(platform, pageId);
  const instance = read ? findForgeMacros(read.doc).find((m) => m.localId === localId) : undefined;
  const module = instance ? platform.manifest.list('macro').find((m) => m.key === instance.moduleKey) : undefined;
  const resource = (module?.config as { resource?: unknown } | undefined)?.resource;
  if (!read || !instance || typeof resource !== 'string') {
    return sendSitePage(
      res,
      404,
      chromePage({
        title: 'Macro not found',
        product: 'Confluence',
        crumbs: escapeHtml(spaceKey),
        body: '<p>That page has no macro with settings by that id.</p>',
      }),
    );
  }
  const pagePath = `/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(pageId)}`;
  const extension = {
    type: 'macro',
    content: { id: read.page.id, type: 'page' },
    space: { key: spaceKey, id: read.page.spaceId },
    config: instance.config,
    macro: { isConfiguring: true },
  };
  const title = `Settings: ${instance.title ?? instance.moduleKey}`;
  const frame = [
    `class="app-frame macro-config-frame"`,
    `title="${escapeHtml(title)}"`,
    `data-module-key="${escapeHtml(instance.moduleKey)}"`,
    `data-resource="${escapeHtml(resource)}"`,
    `data-src="/resource/${encodeURIComponent(resource)}/"`,
    `data-extension="${escapeHtml(JSON.stringify(extension))}"`,
    `data-local-id="${escapeHtml(instance.localId)}"`,
    `data-config-page-id="${escapeHtml(read.page.id)}"`,
    `data-return-url="${escapeHtml(pagePath)}"`,
  ].join(' ');
  sendSitePage(
    res,
    200,
    chromePage({
      title,
      product: 'Confluence',
      crumbs: `<a href="/wiki">Spaces</a> › ${escapeHtml(spaceKey)} › <a href="${escapeHtml(pagePath)}">${escapeHtml(read.page.title)}</a> › Edit macro`,
      body: `<div class="product-page"><p class="page-meta">Page version ${read.page.version.number} · <a href="${escapeHtml(pagePath)}">Cancel</a></p><iframe ${frame}></iframe></div>`,
    }),
  );
}

/** What `view.submit({ config })` may carry: flat values, no null, no nested arrays (as Forge checks). */
const SubmittedConfig = z.record(
  z.string().min(1),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]),
);
export const MacroConfigSave = z
  .object({ pageId: z.string().regex(/^\d+$/), localId: z.string().min(1).max(100), config: SubmittedConfig })
  .strict();

type AdfNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

/** The document with the macro `localId`'s `guestParams` replaced (none when the config is empty); null if absent. */
export function withMacroConfig(doc: unknown, localId: string, config: Record<string, unknown>): unknown {
  let found = false;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const current = node as AdfNode;
    const parameters = (current.attrs?.parameters ?? {}) as Record<string, unknown>;
    const isTarget =
      (current.type === 'extension' || current.type === 'bodiedExtension') &&
      current.attrs?.extensionType === FORGE_EXTENSION_TYPE &&
      (current.attrs?.localId === localId || parameters.localId === localId);
    if (isTarget) {
      found = true;
      const { guestParams: _previous, ...rest } = parameters;
      const nextParameters = Object.keys(config).length > 0 ? { ...rest, guestParams: config } : rest;
      return { ...current, attrs: { ...current.attrs, parameters: nextParameters } };
    }
    return current.content === undefined ? current : { ...current, content: visit(current.content) };
  };
  const next = visit(doc);
  return found ? next : null;
}

/**
 * `POST /sandbox/macro-config`: writes a submitted config into its macro on the page, as the
 * signed-in user (Confluence saves the editor's page as its editor), with the next page version.
 */
export async function saveMacroConfig(
  platform: SandboxPlatform,
  user: string | undefined,
  input: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const parsed = MacroConfigSave.safeParse(input);
  if (!parsed.success) return { status: 400, body: { message: issuesText(parsed.error) } };
  const { pageId, localId, config } = parsed.data;
  const read = await readPage(platform, pageId);
  if (!read) return { status: 404, body: { message: `No page ${pageId}` } };
  const doc = withMacroConfig(read.doc, localId, config);
  if (doc === null) return { status: 404, body: { message: `Page ${pageId} has no macro ${localId}` } };
  const answer = await platform.requestProduct(
    'confluence',
    'PUT',
    `/wiki/api/v2/pages/${encodeURIComponent(pageId)}`,
    {
      id: pageId,
      status: 'current',
      title: read.page.title,
      body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
      version: { number: read.page.version.number + 1, message: 'Macro settings changed' },
    },
    user,
    user ? 'user' : 'app',
  );
  if (answer.status !== 200) {
    const message = (answer.body as { message?: unknown } | undefined)?.message;
    return {
      status: answer.status,
      body: { message: typeof message === 'string' ? message : 'The page was not saved' },
    };
  }
  return { status: 200, body: { pageId, version: read.page.version.number + 1 } };
}
