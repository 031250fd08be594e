import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** Audit finding and corrective action (resource `issue-panel`). */
export default surfaceViteConfig(import.meta.url, 'Audit finding and corrective action');
