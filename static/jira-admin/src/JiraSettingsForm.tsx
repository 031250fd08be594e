import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { Result } from '../../../src/contract';
import type { JiraSettingsView } from '../../../src/contract/jira';
import { FieldBlock } from '../../shared/components/FieldBlock';
import { DuePolicyTable } from './DuePolicyTable';
import { IssueTargetsSection } from './IssueTargetsSection';
import { JiraSettingsOutcome } from './JiraSettingsOutcome';
import { NcClosedStatusField } from './NcClosedStatusField';
import { PolicyMeanings } from './PolicyMeanings';
import { SubHeading } from './SubHeading';
import { useJiraSettingsForm } from './useJiraSettingsForm';
import { fieldPaths } from './settingsDraft';
import { StatusMappingFields } from './StatusMappingFields';

/** The free-text fields under the tables; the change's reason only for those who may save. */
const textFields = [
  {
    key: 'labels',
    label: 'Labels',
    helper: 'Put on every issue the app raises, so one JQL filter finds them all. Separate with spaces.',
  },
  { key: 'reason', label: 'Reason for the change (optional)', helper: 'Recorded in the audit trail with your change.' },
] as const;

interface JiraSettingsFormProps {
  view: JiraSettingsView;
  /** Only a programme manager may check and save; everyone else reads. */
  canEdit: boolean;
  onSaved: (view: JiraSettingsView) => void;
  onReload: () => Promise<Result<JiraSettingsView>>;
}

/**
 * The Jira configuration: projects and issue types, the status mapping (and the NC's closed
 * status), the due-date policy with its effectiveness waiting periods and exemptions, and labels. Check asks the live projects and shows the due dates a finding raised today would get;
 * Save is refused with the field at fault when the projects cannot satisfy the settings.
 */
export function JiraSettingsForm({ view, canEdit, onSaved, onReload }: JiraSettingsFormProps) {
  const form = useJiraSettingsForm(view, canEdit, onSaved, onReload);
  const { draft, check, outcome, busy, choices, at, isDisabled, update, updatePolicy } = form;

  return (
    <form
      onSubmit={(event) => void form.save(event)}
      noValidate
      data-testid="jira-settings-form"
      aria-label="Jira settings"
    >
      <Stack space="space.300">
        <IssueTargetsSection draft={draft} choices={choices} messageAt={at} isDisabled={isDisabled} onChange={update} />

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
          <NcClosedStatusField
            value={draft.ncClosedStatus}
            error={at(fieldPaths.ncClosedStatus)}
            isDisabled={isDisabled}
            onChange={(status) => update({ ncClosedStatus: status })}
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
          <PolicyMeanings />
          {check ? (
            <Text color="color.text.subtle" testId="example-raised-on">
              Examples for a finding raised today, {check.exampleRaisedOn} in {view.timeZone}.
            </Text>
          ) : null}
        </Stack>

        {textFields
          .filter(({ key }) => canEdit || key !== 'reason')
          .map(({ key, label, helper }) => (
            <FieldBlock key={key} htmlFor={key} label={label} helper={helper} error={at(fieldPaths[key])}>
              <Textfield
                id={key}
                value={draft[key]}
                onChange={(event) => update({ [key]: event.currentTarget.value })}
                isInvalid={Boolean(at(fieldPaths[key]))}
                isDisabled={isDisabled}
                testId={key}
              />
            </FieldBlock>
          ))}

        <JiraSettingsOutcome
          outcome={outcome}
          check={check}
          onReload={() => void form.reload()}
          isReloading={busy === 'reload'}
        />

        {canEdit ? (
          <Inline space="space.100">
            <Button onClick={() => void form.checkNow()} isLoading={busy === 'check'} testId="jira-settings-check">
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
