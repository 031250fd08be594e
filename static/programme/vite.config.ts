import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** The programme page (confluence:globalPage `audit-programme`, resource `programme`). */
export default surfaceViteConfig(import.meta.url, 'ISO 27001 audit programme');
