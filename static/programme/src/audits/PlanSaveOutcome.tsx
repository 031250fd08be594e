import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../../src/contract';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { ActionFailure } from './ActionFailure';
import { planFieldPath, planFields } from './planDraft';

const paths = planFields.map(planFieldPath);

interface PlanSaveOutcomeProps {
  error: ResolverError | null;
  saved: boolean;
  /** The version the plan had when read; a new audit's first save is version 1. */
  version: number | undefined;
  onReload?: () => void;
  idPrefix: string;
}

/** How the plan's last save went: why it failed (unless a field shows it), or that it is saved. */
export function PlanSaveOutcome({ error, saved, version, onReload, idPrefix }: PlanSaveOutcomeProps) {
  return (
    <>
      {error ? (
        <ActionFailure
          title="The plan was not saved"
          error={error}
          pointsAtField={shownUnderAField(error, paths)}
          onReload={onReload}
          testId={`${idPrefix}-failure`}
        />
      ) : null}
      {saved ? (
        <SectionMessage appearance="success" title="Plan saved" testId={`${idPrefix}-saved`}>
          Version {version ?? 1} of the plan is saved; the checklist follows its scope.
        </SectionMessage>
      ) : null}
    </>
  );
}
