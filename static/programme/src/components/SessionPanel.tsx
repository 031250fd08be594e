import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { Session } from '../../../../src/contract';
import { RoleLozenges } from '../settings/RoleLozenges';
import { Section } from '../../../shared/components/Section';

/** Who is signed in, which app roles they hold, and what that means on first use. */
export function SessionPanel({ session }: { session: Session }) {
  return (
    <Section title="You" testId="session">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="baseline" shouldWrap>
          <Text weight="semibold" size="large" testId="session-name">
            {session.displayName}
          </Text>
          <Text color="color.text.subtle" size="small" testId="session-account">
            Account {session.accountId}
          </Text>
          {session.isSiteAdmin ? (
            <Text color="color.text.subtle" size="small">
              · Site administrator
            </Text>
          ) : null}
        </Inline>
        <Box>
          <RoleLozenges roles={session.roles} testId="session-roles" />
        </Box>
        {session.becameFirstProgrammeManager ? (
          <SectionMessage appearance="success" title="You are now the programme manager" testId="session-first-manager">
            <Text as="p">
              You are the first site administrator to open the app, so you are now its programme manager. You can set up
              the programme and grant app roles to the rest of the team below.
            </Text>
          </SectionMessage>
        ) : null}
        {session.roles.length === 0 ? (
          <SectionMessage appearance="information" title="You have no role in this app yet" testId="session-no-role">
            <Text as="p">
              The audit programme is visible only to people with an app role (programme manager, lead auditor, auditor,
              auditee or viewer). Ask your programme manager to grant you one, then reload this page.
            </Text>
          </SectionMessage>
        ) : null}
      </Stack>
    </Section>
  );
}
