import type http from 'node:http';
import { chromePage, frameTag, sendSitePage } from './chromePage';

/** Where Jira lists an app's admin page: Jira settings › Apps › the app's page. */
export const jiraAdminPagePath = '/jira/settings/apps/jira-settings';

/**
 * The app's `jira:adminPage` (module `jira-settings`) framed as Jira frames it under Settings ›
 * Apps. Jira shows the page only to Jira administrators; the sandbox cannot tell who is looking
 * when it serves the page (the user switcher lives in the browser), so it frames it for everyone
 * and the app's own role checks decide what they may do.
 */
export function jiraAdminPage(res: http.ServerResponse): void {
  sendSitePage(
    res,
    200,
    chromePage({
      title: 'Jira settings – ISO 27001 internal audit',
      product: 'Jira',
      crumbs: '<a href="/jira">Jira</a> › Settings › Apps › ISO 27001 internal audit',
      body: frameTag({
        id: 'app-frame',
        moduleKey: 'jira-settings',
        extension: { type: 'jira:adminPage' },
        title: 'ISO 27001 internal audit',
      }),
    }),
  );
}
