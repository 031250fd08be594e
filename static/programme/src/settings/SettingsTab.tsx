import { Stack } from '@atlaskit/primitives';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { Section } from '../../../shared/components/Section';
import { PassphrasePanel } from '../../../shared/signing/PassphrasePanel';
import { CriteriaSetsPanel } from '../criteria/CriteriaSetsPanel';
import { RolesPanel } from './RolesPanel';
import { SettingsPanel } from './SettingsPanel';
import { TrailPanel } from './TrailPanel';

interface SettingsTabProps extends SignsOnPage {
  /** Moves after every signing attempt anywhere on the page: the passphrase panel shows attempts left or a lock. */
  signingAttempts: number;
  onOwnRolesChanged: () => void;
}

/** The programme's frame and people: settings, the reader's signing passphrase, app roles and the trail. */
export function SettingsTab({ session, signingAttempts, onSigningAttempt, onOwnRolesChanged }: SettingsTabProps) {
  const isManager = session.roles.includes('programmeManager');
  return (
    <Stack space="space.300">
      <SettingsPanel
        key={`settings-${session.roles.join(',')}`}
        roles={session.roles}
        ownAccountId={session.accountId}
        onSigningAttempt={onSigningAttempt}
      />
      <CriteriaSetsPanel canEdit={isManager} />
      <Section
        title="My signing passphrase"
        description="Your electronic signature is your Atlassian sign-in plus this passphrase. Only you know it."
        testId="passphrase"
      >
        <PassphrasePanel key={`passphrase-${session.accountId}`} canReset={isManager} refreshKey={signingAttempts} />
      </Section>
      <RolesPanel canEdit={isManager} ownAccountId={session.accountId} onOwnRolesChanged={onOwnRolesChanged} />
      <TrailPanel />
    </Stack>
  );
}
