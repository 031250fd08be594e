import { surfaceViteConfig } from '../shared/surfaceViteConfig';

/** ISO 27001 internal audit – review-macro (resource `review-macro`). */
export default surfaceViteConfig(import.meta.url, 'ISO 27001 internal audit – review-macro');
