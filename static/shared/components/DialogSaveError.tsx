import { Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../src/contract';
import { shownUnderAField } from '../fieldMessage';

interface DialogSaveErrorProps {
  error: ResolverError | null;
  /** The form's field paths: an error one of them shows under itself is not repeated here. */
  fieldPaths: readonly string[];
  /** Title when someone else saved the record meanwhile (a version conflict). */
  conflictTitle: string;
  /** Title for any other failure. */
  failureTitle: string;
  /** What to do after a conflict, when the dialog has advice. */
  conflictHint?: string;
  testId: string;
}

/** Why an edit dialog's save failed, when no field of the form already says so. */
export function DialogSaveError({
  error,
  fieldPaths,
  conflictTitle,
  failureTitle,
  conflictHint,
  testId,
}: DialogSaveErrorProps) {
  if (!error || shownUnderAField(error, fieldPaths)) return null;
  const isConflict = error.code === 'conflict';
  return (
    <SectionMessage
      appearance={isConflict ? 'warning' : 'error'}
      title={isConflict ? conflictTitle : failureTitle}
      testId={testId}
    >
      <Text as="p">{error.message}</Text>
      {isConflict && conflictHint ? <Text as="p">{conflictHint}</Text> : null}
    </SectionMessage>
  );
}
