import Button from '@atlaskit/button/new';
import { Box, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../src/contract';
import type { JiraSettingsCheck } from '../../../src/contract/jira';
import { shownUnderAField } from '../../shared/fieldMessage';
import { SaveErrorText } from '../../shared/forms/SaveErrorText';
import { ProblemsMessage } from './ProblemsMessage';
import { allFieldPaths } from './settingsDraft';

export type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'reloaded'; version: number }
  | { kind: 'failed'; action: 'check' | 'save'; error: ResolverError };

interface JiraSettingsOutcomeProps {
  outcome: Outcome | null;
  check: JiraSettingsCheck | null;
  /** Reads the saved settings again, after someone else's save made the form stale. */
  onReload: () => void;
  isReloading: boolean;
}

/** What the last check, save or reload came to, read out as it changes. */
export function JiraSettingsOutcome({ outcome, check, onReload, isReloading }: JiraSettingsOutcomeProps) {
  return (
    <Box testId="jira-settings-message" aria-live="polite">
      <Stack space="space.150">
        {outcome?.kind === 'failed' ? (
          <FailureMessage
            error={outcome.error}
            action={outcome.action}
            pointsAtField={shownUnderAField(outcome.error, allFieldPaths)}
            onReload={onReload}
            isReloading={isReloading}
          />
        ) : null}
        {outcome?.kind === 'saved' ? (
          <SectionMessage appearance="success" title="Jira settings saved" testId="jira-settings-saved">
            <Text as="p">Version {outcome.version}. Issues raised from now on follow them.</Text>
          </SectionMessage>
        ) : null}
        {outcome?.kind === 'reloaded' ? (
          <SectionMessage appearance="information" title="Showing the latest settings">
            <Text as="p">Version {outcome.version}.</Text>
          </SectionMessage>
        ) : null}
        {check && outcome?.kind !== 'failed' ? (
          <ProblemsMessage problems={check.problems} subject="these settings" testId="check-result" />
        ) : null}
      </Stack>
    </Box>
  );
}

function FailureMessage({
  error,
  action,
  pointsAtField,
  onReload,
  isReloading,
}: {
  error: ResolverError;
  action: 'check' | 'save';
  pointsAtField: boolean;
  onReload: () => void;
  isReloading: boolean;
}) {
  if (error.code === 'conflict') {
    return (
      <SectionMessage appearance="warning" title="Someone else saved in the meantime" testId="jira-settings-conflict">
        <Stack space="space.100" alignInline="start">
          <Text as="p">{error.message}</Text>
          <Button appearance="primary" onClick={onReload} isLoading={isReloading} testId="jira-settings-reload">
            Reload
          </Button>
        </Stack>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage
      appearance="error"
      title={action === 'save' ? 'The Jira settings were not saved' : 'The settings could not be checked'}
      testId="jira-settings-error"
    >
      <SaveErrorText error={error} pointsAtField={pointsAtField} fieldIs="above" />
    </SectionMessage>
  );
}
