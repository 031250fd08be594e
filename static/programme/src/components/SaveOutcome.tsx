import { Box } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { SaveFailure } from './SaveFailure';

/** A save the backend refused. */
export interface FailedSave {
  kind: 'failed';
  error: ResolverError;
}

const isFailed = <S extends { kind: string }>(outcome: S | FailedSave): outcome is FailedSave =>
  outcome.kind === 'failed';

interface SaveOutcomeProps<S extends { kind: string }> {
  /** The last save or reload; nothing shows before the first. */
  outcome: S | FailedSave | null;
  testId: string;
  /** What was saved, e.g. "The settings". */
  subject: string;
  /** The form's field paths: a failure naming one is marked under that field too. */
  fieldPaths: readonly string[];
  onReload: () => void;
  isReloading: boolean;
  reloadTestId: string;
  /** What a save or reload that went through says. */
  children: (outcome: S) => ReactNode;
}

/**
 * The message under a versioned form (programme, settings, roles): why the save failed, with the
 * offer to reload after a conflict, or what went through.
 */
export function SaveOutcome<S extends { kind: string }>({
  outcome,
  testId,
  subject,
  fieldPaths,
  onReload,
  isReloading,
  reloadTestId,
  children,
}: SaveOutcomeProps<S>) {
  if (!outcome) return null;
  return (
    <Box testId={testId}>
      {isFailed(outcome) ? (
        <SaveFailure
          subject={subject}
          error={outcome.error}
          pointsAtField={shownUnderAField(outcome.error, fieldPaths)}
          onReload={onReload}
          isReloading={isReloading}
          reloadTestId={reloadTestId}
        />
      ) : (
        children(outcome)
      )}
    </Box>
  );
}
