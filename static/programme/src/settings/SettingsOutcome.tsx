import SectionMessage from '@atlaskit/section-message';
import { Box } from '@atlaskit/primitives';
import type { VersionedSettings } from '../../../../src/contract';
import type { VersionedOutcome } from '../../../shared/forms/useVersionedSave';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { SaveFailure } from '../components/SaveFailure';
import { VersionLine } from '../components/VersionLine';
import { settingsFieldPaths } from './settingsDraft';

export type Outcome = VersionedOutcome<VersionedSettings>;

const paths = Object.values(settingsFieldPaths);

interface SettingsOutcomeProps {
  outcome: Outcome | null;
  /** Reads the settings again, after someone else's save made the form stale. */
  onReload: () => void;
  isReloading: boolean;
}

/** What the last save or reload of the programme settings came to. */
export function SettingsOutcome({ outcome, onReload, isReloading }: SettingsOutcomeProps) {
  if (!outcome) return null;
  return (
    <Box testId="settings-message">
      {outcome.kind === 'failed' ? (
        <SaveFailure
          subject="The settings"
          error={outcome.error}
          pointsAtField={shownUnderAField(outcome.error, paths)}
          onReload={onReload}
          isReloading={isReloading}
          reloadTestId="settings-reload"
        />
      ) : outcome.kind === 'saved' ? (
        <SectionMessage appearance="success" title="Settings saved">
          <VersionLine {...outcome.value} testId="settings-saved-version" />
        </SectionMessage>
      ) : (
        <SectionMessage appearance="information" title="Showing the latest settings">
          <VersionLine {...outcome.value} />
        </SectionMessage>
      )}
    </Box>
  );
}
