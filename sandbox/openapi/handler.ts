import type { ProductHandler } from '../platform/product';
import type { OpenApiValidator, Violation } from './types';

/**
 * Wraps an emulator so every exchange is checked against the documents: the request before the
 * emulator sees it, the answer after. Violations are collected in `violations` (tests assert it
 * stays empty) and passed to `onViolation` (the server logs them); the answer is returned unchanged.
 */
export function validatingHandler(
  handler: ProductHandler,
  validator: OpenApiValidator,
  onViolation?: (violation: Violation) => void,
): ProductHandler & { violations: Violation[] } {
  const violations: Violation[] = [];
  const report = (found: Violation[]) => {
    for (const violation of found) {
      violations.push(violation);
      onViolation?.(violation);
    }
  };
  const wrapped: ProductHandler = async (request) => {
    report(validator.validateRequest(request));
    const answer = await handler(request);
    report(validator.validateResponse(request, answer));
    return answer;
  };
  return Object.assign(wrapped, { violations });
}
