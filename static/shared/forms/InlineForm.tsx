import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import type { CSSProperties, FormEvent, ReactNode } from 'react';

interface InlineFormProps {
  testId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** A save is under way: the submit button spins. */
  busy: boolean;
  /** The submit button's words, test id and look ("default" beside a list the form adds to). */
  submit: { label: ReactNode; testId: string; appearance?: 'default' | 'primary' };
  /** Why the last submit failed, shown above the button. */
  failure?: ReactNode;
  space?: 'space.100' | 'space.150';
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A form on the page itself rather than in a dialog (recording evidence, a finding, a decision):
 * its fields, then why the last submit failed, then the one submit button.
 */
export function InlineForm({
  testId,
  onSubmit,
  busy,
  submit,
  failure,
  space = 'space.150',
  style,
  children,
}: InlineFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate data-testid={testId} style={style}>
      <Stack space={space}>
        {children}
        {failure}
        <Inline>
          <Button type="submit" appearance={submit.appearance ?? 'primary'} isLoading={busy} testId={submit.testId}>
            {submit.label}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
