import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../src/contract';
import { shownUnderAField } from '../fieldMessage';

interface FormRefusalProps {
  error: ResolverError | null;
  /** What did not happen, e.g. "The review was not created". */
  title: string;
  /** The form's field paths: a complaint one of them shows under itself is not repeated here. */
  fieldPaths?: readonly string[];
  testId: string;
}

/** Why the form's last submit was refused, when no field of the form already says so. */
export function FormRefusal({ error, title, fieldPaths = [], testId }: FormRefusalProps) {
  if (!error || shownUnderAField(error, fieldPaths)) return null;
  return (
    <SectionMessage appearance="error" title={title} testId={testId}>
      {error.message}
    </SectionMessage>
  );
}
