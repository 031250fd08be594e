import type http from 'node:http';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { adfToHtml } from './adfHtml';
import { chromePage, frameTag, sendSitePage } from './chromePage';
import { productGet } from './productReads';
import { customFieldText } from './customFieldText';
import { escapeHtml } from './http';

/** `/jira`: every issue, newest first, linking to its view. */
export async function jiraIndex(platform: SandboxPlatform, res: http.ServerResponse): Promise<void> {
  const found = await productGet(
    platform,
    'jira',
    `/rest/api/3/search/jql?jql=${encodeURIComponent('project in (NC, CA) ORDER BY created DESC')}&fields=summary,status,duedate&maxResults=100`,
  );
  const rows = (
    (found.body?.issues ?? []) as Array<{
      key: string;
      fields: { summary: string; status: { name: string }; duedate: string | null };
    }>
  )
    .map(
      (i) =>
        `<tr><td><a href="/browse/${escapeHtml(i.key)}">${escapeHtml(i.key)}</a></td><td>${escapeHtml(i.fields.summary)}</td><td>${escapeHtml(i.fields.status.name)}</td><td>${escapeHtml(i.fields.duedate ?? '')}</td></tr>`,
    )
    .join('');
  sendSitePage(
    res,
    200,
    chromePage({
      title: 'Jira',
      product: 'Jira',
      crumbs: 'Projects › Nonconformities, Corrective actions',
      body: `<div class="product-page"><h1>Issues</h1><table class="adf-table" data-testid="jira-issues"><tr><th>Key</th><th>Summary</th><th>Status</th><th>Due</th></tr>${rows}</table></div>`,
    }),
  );
}

/**
 * A Jira issue as people see it: its fields, and each of the app's `jira:issuePanel` modules in
 * its own frame with the issue as context — as Jira frames a Forge issue panel.
 */
/** The workflow buttons and Jira's refusal, drawn like Jira's issue view (the chrome's CSP allows inline styles). */
const transitionStyles =
  '.transition-buttons{display:flex;gap:8px;flex-wrap:wrap;margin:8px 0}' +
  '.transition-button{font:inherit;font-size:14px;padding:4px 12px;border:0;border-radius:3px;background:#e9f2ff;color:#0c66e4;cursor:pointer}' +
  '.transition-button:disabled{opacity:.5;cursor:default}' +
  '.transition-error{margin:8px 0;padding:8px 12px;border-radius:3px;background:#ffeceb;color:#ae2e24;font-size:14px}';

/**
 * The app's custom fields with a value on the issue, by their names (`expand=names`), in the words
 * their manifest formatters give (see customFieldText).
 */
function appFieldFacts(
  platform: SandboxPlatform,
  fields: Record<string, any>,
  names: Record<string, string>,
): Array<[string, string]> {
  const modules = platform.manifest.list('jira:customField');
  return Object.keys(fields)
    .filter((id) => id.startsWith('customfield_') && fields[id] !== null && fields[id] !== undefined)
    .sort()
    .map((id) => [names[id] ?? id, customFieldText(modules, names[id] ?? id, fields[id])]);
}

/**
 * A Jira issue as people see it: its fields (with the app's custom fields, as their formatters show them),
 * the workflow transitions the signed-in user may take as buttons (`jiraIssue.js` reads and posts
 * them as that user, and shows Jira's refusal), and each of the app's `jira:issuePanel` modules in
 * its own frame with the issue as context — as Jira frames a Forge issue panel.
 */
export async function issueView(platform: SandboxPlatform, res: http.ServerResponse, key: string): Promise<void> {
  const { status, body } = await productGet(
    platform,
    'jira',
    `/rest/api/3/issue/${encodeURIComponent(key)}?expand=names`,
  );
  if (status !== 200)
    return sendSitePage(
      res,
      404,
      chromePage({
        title: 'Issue not found',
        product: 'Jira',
        crumbs: key,
        body: '<p class="product-page">That issue does not exist.</p>',
      }),
    );
  const fields = body.fields as Record<string, any>;
  const names = (body.names ?? {}) as Record<string, string>;
  const panels = platform.manifest
    .list('jira:issuePanel')
    .map(
      (module) =>
        `<section class="issue-panel"><h2>${escapeHtml(String(module.title ?? module.key))}</h2>${frameTag({
          moduleKey: module.key,
          title: String(module.title ?? module.key),
          className: 'app-frame panel-frame',
          extension: {
            type: 'jira:issuePanel',
            issue: { id: body.id, key: body.key, type: fields.issuetype?.name },
            project: { id: fields.project?.id, key: fields.project?.key, type: 'software' },
          },
        })}</section>`,
    )
    .join('');
  const facts = [
    ['Status', fields.status?.name, 'issue-status'],
    ['Type', fields.issuetype?.name],
    ['Due date', fields.duedate, 'issue-duedate'],
    ['Assignee', fields.assignee?.displayName ?? 'Unassigned', 'issue-assignee'],
    ['Reporter', fields.reporter?.displayName],
    ['Labels', (fields.labels ?? []).join(', ')],
    // Jira's issue view shows no issue properties (the app's `iso27001-audit` is for JQL and
    // conditions); the sandbox does not either.
    ...appFieldFacts(platform, fields, names),
  ]
    .map(
      ([k, v, testId]) =>
        `<dt>${escapeHtml(String(k))}</dt><dd${testId ? ` data-testid="${testId}"` : ''}>${escapeHtml(String(v ?? ''))}</dd>`,
    )
    .join('');
  const transitions = `<style>${transitionStyles}</style><section class="issue-transitions" data-issue-key="${escapeHtml(body.key)}"><div class="transition-buttons" data-testid="issue-transitions"><span class="page-meta">Reading the transitions…</span></div><p class="transition-error" data-testid="transition-error" role="alert" hidden></p></section>`;
  sendSitePage(
    res,
    200,
    chromePage({
      title: `${body.key} ${fields.summary}`,
      product: 'Jira',
      crumbs: `<a href="/jira">Issues</a> › ${escapeHtml(body.key)}`,
      reloadOnSwitch: true,
      body: `<article class="product-page jira-issue"><p class="issue-key" data-testid="issue-key">${escapeHtml(body.key)}</p><h1 data-testid="issue-summary">${escapeHtml(fields.summary)}</h1>${transitions}<dl class="issue-facts">${facts}</dl><h2>Description</h2>${fields.description ? adfToHtml(fields.description) : '<p>No description.</p>'}${panels || '<p class="page-meta">The app adds no panel to this issue yet.</p>'}</article><script src="/sandbox/host/jiraIssue.js" defer></script>`,
    }),
  );
}
