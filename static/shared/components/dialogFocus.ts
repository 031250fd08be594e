import type { KeyboardEvent } from 'react';

/** What Tab can reach inside an element: enabled, shown controls not taken out of the tab order. */
const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

function tabbableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      (element as HTMLInputElement).type !== 'hidden' &&
      element.getClientRects().length > 0,
  );
}

/**
 * Keeps Tab and Shift+Tab inside a modal dialog, as the ARIA dialog pattern asks. The browser's
 * own modal `<dialog>` makes the frame behind it inert, but in a Custom UI frame Tab then leaves
 * the frame for the product's page, where Escape no longer reaches the dialog.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const controls = tabbableIn(event.currentTarget);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Gives the focus back to the control that opened a dialog, if it is still on the page. */
export function returnFocusTo(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
}
