import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { keepTabInside, returnFocusTo } from './dialogFocus';
import './modalDialog.css';

interface ModalDialogProps {
  title: string;
  /** The reader asked to leave (Escape); the parent unmounts the dialog. */
  onClose: () => void;
  /** While true, Escape does not close it (a request is under way). */
  isBusy?: boolean;
  testId?: string;
  children: ReactNode;
  /** The buttons, right-aligned at the bottom. */
  footer: ReactNode;
  /** When given, the body and buttons are one form: Enter or a `type="submit"` button submits it. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}

const EDGE = 16;

/**
 * A Custom UI frame grows to the height of its content, so the middle of the frame may be far
 * from what the reader sees. The dialog opens level with the control that opened it (which the
 * reader just clicked, so it is on screen) and stays there, pushed up only as far as it must to
 * fit in the frame when it grows; without such a control, the browser centres it.
 */
function dialogPlacer(dialog: HTMLDialogElement, opener: Element | null): () => void {
  let preferredTop: number | null = null;
  return () => {
    dialog.style.marginBlockStart = '';
    dialog.style.marginBlockEnd = '';
    if (!(opener instanceof HTMLElement) || opener === document.body) return;
    const height = dialog.offsetHeight;
    if (preferredTop === null) {
      const anchor = opener.getBoundingClientRect();
      preferredTop = anchor.top + anchor.height / 2 - height / 2;
    }
    const room = window.innerHeight - height - EDGE;
    if (room <= EDGE) return;
    dialog.style.marginBlockStart = `${Math.round(Math.min(Math.max(preferredTop, EDGE), room))}px`;
    dialog.style.marginBlockEnd = 'auto';
  };
}

/**
 * A modal dialog on the native `<dialog>` element (`@atlaskit/modal-dialog` is not installed): the
 * browser makes the page behind it inert and closes it on Escape; Tab stays inside it, and the
 * focus goes back to the control that opened it once it closes. Mount it to open it, unmount it
 * to close it.
 */
export function ModalDialog({ title, onClose, isBusy = false, testId, children, footer, onSubmit }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const latest = useRef({ onClose, isBusy });
  latest.current = { onClose, isBusy };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const cancel = (event: Event) => {
      if (latest.current.isBusy) event.preventDefault();
    };
    const closed = () => latest.current.onClose();
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('close', closed);
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    const place = dialogPlacer(dialog, opener);
    place();
    // Kept in view as the frame or the dialog changes size (an error message makes it taller).
    window.addEventListener('resize', place);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    resized?.observe(dialog);
    return () => {
      window.removeEventListener('resize', place);
      resized?.disconnect();
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      returnFocusTo(opener);
    };
  }, []);

  const content = (
    <Stack space="space.250">
      {children}
      <Inline space="space.100" alignInline="end">
        {footer}
      </Inline>
    </Stack>
  );
  return (
    <dialog
      ref={ref}
      className="app-modal-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={keepTabInside}
    >
      <Box padding="space.300">
        <Stack space="space.250">
          <Heading size="medium" as="h2" id={titleId}>
            {title}
          </Heading>
          {onSubmit ? (
            <form onSubmit={onSubmit} noValidate>
              {content}
            </form>
          ) : (
            content
          )}
        </Stack>
      </Box>
    </dialog>
  );
}
