import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** ISO 27001 internal audit – Jira settings (resource `jira-admin`). */
export default surfaceViteConfig(import.meta.url, 'ISO 27001 internal audit – Jira settings');
