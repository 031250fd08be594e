import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { Section } from '../../shared/components/Section';
import { SessionStatus } from '../../shared/components/SessionStatus';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { JiraSettingsForm } from './JiraSettingsForm';
import { WorkingDaysLine } from './WorkingDaysLine';
import { QueryStatus } from '../../shared/components/QueryStatus';

const pageStyles = xcss({
  maxWidth: '1080px',
  marginInline: 'auto',
  paddingBlock: 'space.400',
  paddingInline: 'space.300',
});

/** The settings card: loading, a failure with a retry, or the form (read-only without the role). */
function SettingsCard({ canEdit }: { canEdit: boolean }) {
  const query = useResolverQuery('getJiraSettings', {});
  const { state } = query;
  return (
    <Section
      title="How findings become Jira issues"
      description={
        state.status === 'ok' ? (
          <WorkingDaysLine workingDays={state.value.workingDays} timeZone={state.value.timeZone} />
        ) : undefined
      }
      testId="jira-settings"
    >
      <QueryStatus query={query} what="the Jira settings" testId="jira-settings" />
      {state.status === 'ok' ? (
        <Stack space="space.200">
          {state.value.settings === null ? (
            <SectionMessage appearance="information" title="Not saved yet" testId="jira-settings-unsaved">
              <Text as="p">
                The form starts from a suggestion. Nothing is raised in Jira until a programme manager saves settings
                the projects can satisfy.
              </Text>
            </SectionMessage>
          ) : (
            <Text color="color.text.subtle" testId="jira-settings-version">
              Saved settings, version {state.value.version}.
            </Text>
          )}
          {!canEdit ? (
            <SectionMessage appearance="information" title="Read only" testId="jira-settings-readonly">
              <Text as="p">Only a programme manager of the audit app can change these settings.</Text>
            </SectionMessage>
          ) : null}
          <JiraSettingsForm
            key={canEdit ? 'editable' : 'read-only'}
            view={state.value}
            canEdit={canEdit}
            onSaved={query.replace}
            onReload={query.reload}
          />
        </Stack>
      ) : null}
    </Section>
  );
}

/**
 * The app's Jira admin page (`jira:adminPage`): the projects, issue types, status mapping and
 * due-date policy that raising findings as Jira issues follows.
 */
export function App() {
  const session = useResolverQuery('getSession', {});
  const { state } = session;
  return (
    <Box xcss={pageStyles} testId="jira-admin-page">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="xlarge">ISO 27001 internal audit · Jira settings</Heading>
          <Text color="color.text.subtle">
            Nonconformities and corrective actions become Jira issues in these projects, with due dates from the policy
            below.
          </Text>
        </Stack>
        <SessionStatus session={session} />
        {state.status === 'ok' ? (
          state.value.roles.length > 0 ? (
            <SettingsCard key={state.value.accountId} canEdit={state.value.roles.includes('programmeManager')} />
          ) : (
            <SectionMessage appearance="warning" title="No role in the audit app" testId="jira-settings-no-role">
              <Text as="p">
                Being a Jira administrator lets you open this page; changing how findings become issues also needs the
                programme manager role in the audit app. A programme manager can grant it.
              </Text>
            </SectionMessage>
          )
        ) : null}
      </Stack>
    </Box>
  );
}
