import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverError, Result } from '../../../src/contract';
import type { JiraSettingsCheck, JiraSettingsView } from '../../../src/contract/jira';
import { FieldBlock } from '../../shared/components/FieldBlock';
import { callResolver } from '../../shared/invokeClient';
import { shownUnderAField } from '../../shared/fieldMessage';
import { DuePolicyTable } from './DuePolicyTable';
import { IssueTargetFields } from './IssueTargetFields';
import { messageAt } from './fieldMessages';
import { ProblemsMessage } from './ProblemsMessage';
import {
  allFieldPaths,
  draftFrom,
  fieldPaths,
  type JiraSettingsDraft,
  type PolicyDraft,
  saveInput,
  settingsInput,
} from './settingsDraft';
import { StatusMappingFields } from './StatusMappingFields';

type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'reloaded'; version: number }
  | { kind: 'failed'; action: 'check' | 'save'; error: ResolverError };

interface JiraSettingsFormProps {
  view: JiraSettingsView;
  /** Only a programme manager may check and save; everyone else reads. */
  canEdit: boolean;
  onSaved: (view: JiraSettingsView) => void;
  onReload: () => Promise<Result<JiraSettingsView>>;
}

function SubHeading({ children }: { children: string }) {
  return <Heading size="small">{children}</Heading>;
}

/**
 * The Jira configuration: projects and issue types, the status mapping, the due-date policy and
 * labels. Check asks the live projects and shows the due dates a finding raised today would get;
 * Save is refused with the field at fault when the projects cannot satisfy the settings.
 */
export function JiraSettingsForm({ view, canEdit, onSaved, onReload }: JiraSettingsFormProps) {
  const [draft, setDraft] = useState<JiraSettingsDraft>(() => draftFrom(view.settings ?? view.suggested));
  const [check, setCheck] = useState<JiraSettingsCheck | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'check' | 'save' | 'reload' | null>(null);

  const error = outcome?.kind === 'failed' ? outcome.error : null;
  const problems = check ? check.problems : view.problems;
  const choices = check ? check.choices : view.choices;
  const at = (path: string) => messageAt(path, error, problems);
  const isDisabled = !canEdit || busy !== null;

  const update = (change: Partial<JiraSettingsDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const updatePolicy = (grade: keyof JiraSettingsDraft['dueDates'], change: Partial<PolicyDraft>) =>
    setDraft((previous) => ({
      ...previous,
      dueDates: { ...previous.dueDates, [grade]: { ...previous.dueDates[grade], ...change } },
    }));

  const runCheck = async (): Promise<void> => {
    const result = await callResolver('checkJiraSettings', { settings: settingsInput(draft) });
    if (result.ok) setCheck(result.value);
    else setOutcome({ kind: 'failed', action: 'check', error: result.error });
  };

  const checkNow = async () => {
    if (busy) return;
    setBusy('check');
    setOutcome(null);
    await runCheck();
    setBusy(null);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !canEdit) return;
    setBusy('save');
    const result = await callResolver('saveJiraSettings', saveInput(draft, view.version));
    setBusy(null);
    if (result.ok) {
      setDraft(draftFrom(result.value.settings ?? result.value.suggested));
      setCheck(null);
      setOutcome({ kind: 'saved', version: result.value.version });
      onSaved(result.value);
    } else {
      setOutcome({ kind: 'failed', action: 'save', error: result.error });
      // A refusal names the first field at fault; a check shows every other one under its field.
      if (result.error.code === 'invalid_input') {
        const checked = await callResolver('checkJiraSettings', { settings: settingsInput(draft) });
        if (checked.ok) setCheck(checked.value);
      }
    }
  };

  const reload = async () => {
    setBusy('reload');
    const result = await onReload();
    setBusy(null);
    if (result.ok) {
      setDraft(draftFrom(result.value.settings ?? result.value.suggested));
      setCheck(null);
      setOutcome({ kind: 'reloaded', version: result.value.version });
    } else {
      setOutcome({ kind: 'failed', action: 'save', error: result.error });
    }
  };

  return (
    <form onSubmit={save} noValidate data-testid="jira-settings-form" aria-label="Jira settings">
      <Stack space="space.300">
        <Stack space="space.150">
          <SubHeading>Where findings go</SubHeading>
          <IssueTargetFields
            idPrefix="nc"
            title="Nonconformities"
            projectKey={draft.ncProjectKey}
            issueType={draft.ncIssueType}
            projectPath={fieldPaths.ncProjectKey}
            issueTypePath={fieldPaths.ncIssueType}
            issueTypes={choices.nonconformityIssueTypes}
            messageAt={at}
            isDisabled={isDisabled}
            onChange={(change) =>
              update({
                ...(change.projectKey !== undefined ? { ncProjectKey: change.projectKey } : {}),
                ...(change.issueType !== undefined ? { ncIssueType: change.issueType } : {}),
              })
            }
          />
          <IssueTargetFields
            idPrefix="ca"
            title="Corrective actions"
            projectKey={draft.caProjectKey}
            issueType={draft.caIssueType}
            projectPath={fieldPaths.caProjectKey}
            issueTypePath={fieldPaths.caIssueType}
            issueTypes={choices.correctiveActionIssueTypes}
            messageAt={at}
            isDisabled={isDisabled}
            onChange={(change) =>
              update({
                ...(change.projectKey !== undefined ? { caProjectKey: change.projectKey } : {}),
                ...(change.issueType !== undefined ? { caIssueType: change.issueType } : {}),
              })
            }
          />
        </Stack>

        <Stack space="space.150">
          <SubHeading>Status mapping</SubHeading>
          <Text color="color.text.subtle">
            The app moves a corrective action&apos;s issue into these statuses of the corrective-action project&apos;s
            workflow as the action moves on.
          </Text>
          <StatusMappingFields
            statuses={draft.statuses}
            choices={choices.statuses}
            messageAt={at}
            isDisabled={isDisabled}
            onChange={(step, status) => update({ statuses: { ...draft.statuses, [step]: status } })}
          />
        </Stack>

        <Stack space="space.150">
          <SubHeading>Due-date policy</SubHeading>
          <DuePolicyTable
            dueDates={draft.dueDates}
            examples={check?.exampleDueDates ?? null}
            messageAt={at}
            isDisabled={isDisabled}
            onChange={updatePolicy}
          />
          {check ? (
            <Text color="color.text.subtle" testId="example-raised-on">
              Examples for a finding raised today, {check.exampleRaisedOn} in {view.timeZone}.
            </Text>
          ) : null}
        </Stack>

        <FieldBlock
          htmlFor="labels"
          label="Labels"
          helper="Put on every issue the app raises, so one JQL filter finds them all. Separate with spaces."
          error={at(fieldPaths.labels)}
        >
          <Textfield
            id="labels"
            value={draft.labels}
            onChange={(event) => update({ labels: event.currentTarget.value })}
            isInvalid={Boolean(at(fieldPaths.labels))}
            isDisabled={isDisabled}
            testId="labels"
          />
        </FieldBlock>

        {canEdit ? (
          <FieldBlock
            htmlFor="reason"
            label="Reason for the change (optional)"
            helper="Recorded in the audit trail with your change."
            error={at(fieldPaths.reason)}
          >
            <Textfield
              id="reason"
              value={draft.reason}
              onChange={(event) => update({ reason: event.currentTarget.value })}
              isInvalid={Boolean(at(fieldPaths.reason))}
              isDisabled={isDisabled}
              testId="reason"
            />
          </FieldBlock>
        ) : null}

        <Box testId="jira-settings-message" aria-live="polite">
          <Stack space="space.150">
            {outcome?.kind === 'failed' ? (
              <FailureMessage
                error={outcome.error}
                action={outcome.action}
                pointsAtField={shownUnderAField(outcome.error, allFieldPaths)}
                onReload={() => void reload()}
                isReloading={busy === 'reload'}
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

        {canEdit ? (
          <Inline space="space.100">
            <Button onClick={() => void checkNow()} isLoading={busy === 'check'} testId="jira-settings-check">
              Check against Jira
            </Button>
            <Button type="submit" appearance="primary" isLoading={busy === 'save'} testId="jira-settings-save">
              Save settings
            </Button>
          </Inline>
        ) : null}
      </Stack>
    </form>
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
      <Stack space="space.050">
        <Text as="p">{error.message}</Text>
        {pointsAtField ? (
          <Text as="p" color="color.text.subtle">
            The field at fault is marked above.
          </Text>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
