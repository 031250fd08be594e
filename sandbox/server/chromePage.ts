import { demoUsers } from '../site/users';
import { SANDBOX_CLOUD_ID } from '../platform/functionRunner';
import type http from 'node:http';
import { escapeHtml, send } from './http';

const CHROME_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'";

export interface FrameSpec {
  moduleKey: string;
  /** The extension context the frame's `view.getContext()` answers. */
  extension: Record<string, unknown>;
  title: string;
  id?: string;
  localId?: string;
  className?: string;
}

/** An iframe for one Custom UI module; chrome.js loads it and answers its bridge calls. */
export function frameTag(frame: FrameSpec): string {
  const attrs = [
    frame.id ? `id="${escapeHtml(frame.id)}"` : '',
    `class="${escapeHtml(frame.className ?? 'app-frame')}"`,
    `title="${escapeHtml(frame.title)}"`,
    `data-module-key="${escapeHtml(frame.moduleKey)}"`,
    `data-src="/frame/${encodeURIComponent(frame.moduleKey)}/"`,
    `data-extension="${escapeHtml(JSON.stringify(frame.extension))}"`,
    frame.localId ? `data-local-id="${escapeHtml(frame.localId)}"` : '',
  ];
  return `<iframe ${attrs.filter(Boolean).join(' ')}></iframe>`;
}

/** The emulated site around the app: product name, breadcrumbs, navigation and user switcher. */
export function chromePage(options: {
  title: string;
  product: 'Jira' | 'Confluence';
  crumbs: string;
  body: string;
  reloadOnSwitch?: boolean;
}): string {
  const users = demoUsers
    .map(
      (u) =>
        `<option value="${u.accountId}">${escapeHtml(u.displayName)}${u.siteAdmin ? ' (site admin)' : ''}</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title)} · Sandbox</title>
<link rel="stylesheet" href="/sandbox/host/chrome.css"></head>
<body data-cloud-id="${SANDBOX_CLOUD_ID}" data-reload-on-switch="${options.reloadOnSwitch ? 'true' : 'false'}">
<header class="topbar"><span class="product">${options.product}</span><span class="crumbs">${options.crumbs}</span>
<nav class="site-nav"><a href="/">Audit programme</a><a href="/trail">Audit trail</a><a href="/jira">Jira</a><a href="/wiki">Confluence</a></nav>
<span class="badge">Local sandbox — emulated Atlassian site</span>
<label class="user">Signed in as <select id="user-switcher" data-testid="user-switcher">${users}</select></label></header>
<main>${options.body}</main>
<div id="flags" aria-live="polite"></div>
<script src="/sandbox/host/chrome.js"></script>
</body></html>`;
}

/** Answers with a page of the emulated site, under the chrome's Content-Security-Policy. */
export function sendSitePage(res: http.ServerResponse, status: number, page: string): void {
  send(res, status, page, 'text/html; charset=utf-8', { 'content-security-policy': CHROME_CSP });
}
