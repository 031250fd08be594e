import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import { SessionStatus } from '../../shared/components/SessionStatus';
import { Section } from '../../shared/components/Section';
import { PassphrasePanel } from '../../shared/signing/PassphrasePanel';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { RolesPanel } from './components/RolesPanel';
import { SessionPanel } from './components/SessionPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { TrailPanel } from './components/TrailPanel';

const pageStyles = xcss({
  maxWidth: '1080px',
  marginInline: 'auto',
  paddingBlock: 'space.400',
  paddingInline: 'space.300',
});

/** The audit programme's home (Confluence global page): who you are, the settings, roles and trail. */
export function App() {
  const session = useResolverQuery('getSession', {});
  const { state } = session;
  // Bumped after every signing attempt, so the passphrase panel shows attempts left or a lock.
  const [signingAttempts, setSigningAttempts] = useState(0);
  return (
    <Box xcss={pageStyles} testId="programme-page">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="xlarge">ISO 27001 audit programme</Heading>
          <Text color="color.text.subtle">
            Internal audits (clause 9.2): the programme&apos;s frame, its people and its records.
          </Text>
        </Stack>
        <SessionStatus session={session} />
        {state.status === 'ok' ? (
          <>
            <SessionPanel session={state.value} />
            {state.value.roles.length > 0 ? (
              <>
                <SettingsPanel
                  key={`settings-${state.value.roles.join(',')}`}
                  roles={state.value.roles}
                  ownAccountId={state.value.accountId}
                  onSigningAttempt={() => setSigningAttempts((count) => count + 1)}
                />
                <Section
                  title="My signing passphrase"
                  description="Your electronic signature is your Atlassian sign-in plus this passphrase. Only you know it."
                  testId="passphrase"
                >
                  <PassphrasePanel
                    key={`passphrase-${state.value.accountId}`}
                    canReset={state.value.roles.includes('programmeManager')}
                    refreshKey={signingAttempts}
                  />
                </Section>
                <RolesPanel
                  canEdit={state.value.roles.includes('programmeManager')}
                  ownAccountId={state.value.accountId}
                  onOwnRolesChanged={() => void session.reload()}
                />
                <TrailPanel />
              </>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Box>
  );
}
