import type http from 'node:http';
import type { SandboxPlatform } from '../platform/sandboxPlatform';
import { adfToHtml } from './adfHtml';
import { chromePage, frameTag, sendSitePage } from './chromePage';
import { productGet } from './productReads';
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
        `<tr><td><a href="/jira/browse/${escapeHtml(i.key)}">${escapeHtml(i.key)}</a></td><td>${escapeHtml(i.fields.summary)}</td><td>${escapeHtml(i.fields.status.name)}</td><td>${escapeHtml(i.fields.duedate ?? '')}</td></tr>`,
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
export async function issueView(platform: SandboxPlatform, res: http.ServerResponse, key: string): Promise<void> {
  const { status, body } = await productGet(platform, 'jira', `/rest/api/3/issue/${encodeURIComponent(key)}`);
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
    ['Status', fields.status?.name],
    ['Type', fields.issuetype?.name],
    ['Due date', fields.duedate],
    ['Assignee', fields.assignee?.displayName ?? 'Unassigned'],
    ['Reporter', fields.reporter?.displayName],
    ['Labels', (fields.labels ?? []).join(', ')],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(String(k))}</dt><dd>${escapeHtml(String(v ?? ''))}</dd>`)
    .join('');
  sendSitePage(
    res,
    200,
    chromePage({
      title: `${body.key} ${fields.summary}`,
      product: 'Jira',
      crumbs: `<a href="/jira">Issues</a> › ${escapeHtml(body.key)}`,
      body: `<article class="product-page jira-issue"><p class="issue-key" data-testid="issue-key">${escapeHtml(body.key)}</p><h1 data-testid="issue-summary">${escapeHtml(fields.summary)}</h1><dl class="issue-facts">${facts}</dl><h2>Description</h2>${fields.description ? adfToHtml(fields.description) : '<p>No description.</p>'}${panels || '<p class="page-meta">The app adds no panel to this issue yet.</p>'}</article>`,
    }),
  );
}
