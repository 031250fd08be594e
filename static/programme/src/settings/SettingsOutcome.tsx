import SectionMessage from '@atlaskit/section-message';
import type { VersionedSettings } from '../../../../src/contract';
import type { VersionedOutcome } from '../../../shared/forms/useVersionedSave';
import { SaveOutcome } from '../components/SaveOutcome';
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
  return (
    <SaveOutcome
      outcome={outcome}
      testId="settings-message"
      subject="The settings"
      fieldPaths={paths}
      onReload={onReload}
      isReloading={isReloading}
      reloadTestId="settings-reload"
    >
      {(shown) =>
        shown.kind === 'saved' ? (
          <SectionMessage appearance="success" title="Settings saved">
            <VersionLine {...shown.value} testId="settings-saved-version" />
          </SectionMessage>
        ) : (
          <SectionMessage appearance="information" title="Showing the latest settings">
            <VersionLine {...shown.value} />
          </SectionMessage>
        )
      }
    </SaveOutcome>
  );
}
