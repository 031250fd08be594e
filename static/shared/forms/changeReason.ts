/**
 * The change's reason as a save sends it: trimmed, and only when one is given (a blank reason is
 * left out, so the backend asks for one where its rules want a reason and records none elsewhere).
 */
export function changeReason(text: string): { reason?: string } {
  const reason = text.trim();
  return reason ? { reason } : {};
}
