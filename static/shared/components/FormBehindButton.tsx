import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState, type ReactNode } from 'react';

interface FormBehindButtonProps {
  /** The button's words, and the form's heading once open ("Record a finding"). */
  title: string;
  openTestId: string;
  /** The form; it calls `close` when it has done its work. */
  children: (close: () => void) => ReactNode;
}

/** A form kept out of the way behind a button, so a section shows its records first and opens the form on request. */
export function FormBehindButton({ title, openTestId, children }: FormBehindButtonProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Inline>
        <Button onClick={() => setOpen(true)} testId={openTestId}>
          {title}
        </Button>
      </Inline>
    );
  }
  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">
        {title}
      </Heading>
      {children(() => setOpen(false))}
    </Stack>
  );
}
