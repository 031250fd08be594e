import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** The audit trail and record page (confluence:globalPage `audit-trail`, resource `trail`). */
export default surfaceViteConfig(import.meta.url, 'ISO 27001 audit trail and records');
