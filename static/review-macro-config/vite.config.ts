import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** ISO 27001 internal audit – review-macro-config (resource `review-macro-config`). */
export default surfaceViteConfig(import.meta.url, 'ISO 27001 internal audit – review-macro-config');
