import type http from 'node:http';
import { findForgeMacros, replaceForgeMacros, type ForgeMacroInstance } from '../confluence/forgeMacros';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { adfToHtml } from './adfHtml';
import { chromePage, frameTag, sendSitePage } from './chromePage';
import { productGet } from './productReads';
import { escapeHtml } from './http';
import { macroConfigPath } from './macroEditor';

type Page = {
  id: string;
  title: string;
  spaceId: string;
  version: { number: number };
  body?: { atlas_doc_format?: { value: string } };
};

/** `/wiki`: the spaces and their pages, as the signed-in user (from the `user` query or none). */
export async function wikiIndex(platform: SandboxPlatform, res: http.ServerResponse): Promise<void> {
  const spaces = (await productGet(platform, 'confluence', '/wiki/api/v2/spaces?limit=50')).body?.results ?? [];
  const sections: string[] = [];
  for (const space of spaces as Array<{ id: string; key: string; name: string }>) {
    const pages =
      (await productGet(platform, 'confluence', `/wiki/api/v2/pages?space-id=${space.id}&limit=100`)).body?.results ??
      [];
    const items = (pages as Page[])
      .map((p) => `<li><a href="/wiki/spaces/${escapeHtml(space.key)}/pages/${p.id}">${escapeHtml(p.title)}</a></li>`)
      .join('');
    sections.push(
      `<section class="wiki-space"><h2>${escapeHtml(space.name)} <small>(${escapeHtml(space.key)})</small></h2>` +
        `<p><a href="/wiki/spaces/${escapeHtml(space.key)}/apps/audit-programme">Audit programme (space app)</a></p>` +
        `<ul>${items}</ul></section>`,
    );
  }
  sendSitePage(
    res,
    200,
    chromePage({
      title: 'Confluence',
      product: 'Confluence',
      crumbs: 'Spaces',
      body: `<div class="product-page">${sections.join('') || '<p>No spaces yet.</p>'}</div>`,
    }),
  );
}

function macroModule(platform: SandboxPlatform, instance: ForgeMacroInstance) {
  return platform.manifest.list('macro').find((m) => m.key === instance.moduleKey);
}

/**
 * `/wiki/pages/viewpage.action?pageId=…` (Confluence's address of a page by id alone, which evidence
 * links use with `pageVersion`): the page's view in its space. The sandbox keeps no old versions'
 * bodies to show, so it shows the page as it is now.
 */
export async function pageByIdView(platform: SandboxPlatform, res: http.ServerResponse, pageId: string) {
  const page = /^\d+$/.test(pageId)
    ? await productGet(platform, 'confluence', `/wiki/api/v2/pages/${encodeURIComponent(pageId)}`)
    : null;
  const space =
    page?.status === 200
      ? await productGet(platform, 'confluence', `/wiki/api/v2/spaces/${encodeURIComponent(String(page.body.spaceId))}`)
      : null;
  if (space?.status !== 200) return pageView(platform, res, '', pageId);
  return pageView(platform, res, String(space.body.key), pageId);
}

/**
 * A Confluence page as a reader sees it: its body, with each of the app's macros running in its
 * own frame with its saved config (`extension.config`), exactly as Confluence frames a Forge macro.
 */
export async function pageView(
  platform: SandboxPlatform,
  res: http.ServerResponse,
  spaceKey: string,
  pageId: string,
): Promise<void> {
  const { status, body } = await productGet(
    platform,
    'confluence',
    `/wiki/api/v2/pages/${encodeURIComponent(pageId)}?body-format=atlas_doc_format`,
  );
  if (status !== 200)
    return sendSitePage(
      res,
      status,
      chromePage({
        title: 'Page not found',
        product: 'Confluence',
        crumbs: spaceKey,
        body: '<p>That page does not exist.</p>',
      }),
    );
  const page = body as Page;
  const doc = JSON.parse(page.body?.atlas_doc_format?.value ?? '{"type":"doc","version":1,"content":[]}') as unknown;
  const macros = new Map(findForgeMacros(doc).map((m) => [m.localId, m]));
  const rendered = adfToHtml(doc, (node) => {
    const instance = macros.get(
      String((node.attrs?.parameters as { localId?: string } | undefined)?.localId ?? node.attrs?.localId),
    );
    const module = instance ? macroModule(platform, instance) : undefined;
    if (!instance || !module) return '<div class="adf-unknown">[a macro this app does not provide]</div>';
    const edit = module.config
      ? `<p class="macro-edit"><a data-testid="macro-edit" data-local-id="${escapeHtml(instance.localId)}" href="${macroConfigPath(spaceKey, page.id, instance.localId)}">Edit ${escapeHtml(instance.title ?? instance.moduleKey)}</a></p>`
      : '';
    return `${edit}${frameTag({
      moduleKey: instance.moduleKey,
      title: instance.title ?? instance.moduleKey,
      localId: instance.localId,
      className: 'app-frame macro-frame',
      extension: {
        type: 'macro',
        content: { id: page.id, type: 'page' },
        space: { key: spaceKey, id: page.spaceId },
        config: instance.config,
        macro: { isConfiguring: false },
      },
    })}`;
  });
  // The chrome adds the signed-in user to these links (`user=`): the export runs as that user.
  const exportLinks = `<p class="page-actions"><a data-testid="export-pdf" data-export-link href="/wiki/spaces/${escapeHtml(spaceKey)}/pages/${page.id}/export?type=pdf">Export to PDF</a> · <a data-export-link href="/wiki/spaces/${escapeHtml(spaceKey)}/pages/${page.id}/export?type=word">Export to Word</a></p>`;
  sendSitePage(
    res,
    200,
    chromePage({
      title: page.title,
      product: 'Confluence',
      crumbs: `<a href="/wiki">Spaces</a> › ${escapeHtml(spaceKey)}`,
      body: `<article class="product-page confluence-page"><h1 data-testid="page-title">${escapeHtml(page.title)}</h1><p class="page-meta">Version ${page.version.number}</p>${exportLinks}${rendered}</article>`,
    }),
  );
}

/**
 * What Confluence's PDF/Word export prints: the page's ADF with every app macro replaced by the
 * ADF its `adfExport` function returns (one call per macro, as Forge makes them), each called as
 * the user exporting (none: nobody signed in).
 */
export async function exportPage(
  platform: SandboxPlatform,
  pageId: string,
  exportType: 'pdf' | 'word',
  accountId: string | undefined,
): Promise<{ title: string; doc: unknown }> {
  const { status, body } = await productGet(
    platform,
    'confluence',
    `/wiki/api/v2/pages/${encodeURIComponent(pageId)}?body-format=atlas_doc_format`,
  );
  if (status !== 200) throw new Error(`page ${pageId}: ${status}`);
  const page = body as Page;
  const doc = JSON.parse(page.body?.atlas_doc_format?.value ?? '{"type":"doc","version":1,"content":[]}') as unknown;
  const exported = new Map<string, object[]>();
  for (const instance of findForgeMacros(doc)) {
    const module = macroModule(platform, instance);
    const fn = (module?.adfExport as { function?: string } | undefined)?.function;
    if (!fn) {
      exported.set(instance.localId, [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `[${instance.title ?? instance.moduleKey}: this macro has no export]` }],
        },
      ]);
      continue;
    }
    const answer = (await platform.runAdfExport(
      fn,
      {
        exportType,
        context: { content: { id: page.id, type: 'page' } },
        extension: { config: instance.config },
        localId: instance.localId,
      },
      accountId,
    )) as {
      type?: string;
      content?: object[];
    };
    exported.set(instance.localId, answer?.type === 'doc' && Array.isArray(answer.content) ? answer.content : []);
  }
  return { title: page.title, doc: replaceForgeMacros(doc, (m) => exported.get(m.localId) ?? []) };
}

export async function exportView(
  platform: SandboxPlatform,
  res: http.ServerResponse,
  spaceKey: string,
  pageId: string,
  exportType: 'pdf' | 'word',
  accountId: string | undefined,
): Promise<void> {
  const { title, doc } = await exportPage(platform, pageId, exportType, accountId);
  sendSitePage(
    res,
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} (${exportType.toUpperCase()} export)</title><link rel="stylesheet" href="/sandbox/host/export.css"></head><body><main class="export" data-testid="page-export"><h1>${escapeHtml(title)}</h1>${adfToHtml(doc)}</main></body></html>`,
  );
}
