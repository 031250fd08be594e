import { Stack } from '@atlaskit/primitives';
import type { JiraSettingsCheck } from '../../../src/contract/jira';
import { IssueTargetFields } from './IssueTargetFields';
import { fieldPaths, type JiraSettingsDraft } from './settingsDraft';
import { SubHeading } from './SubHeading';

interface IssueTargetsSectionProps {
  draft: JiraSettingsDraft;
  choices: JiraSettingsCheck['choices'];
  messageAt: (path: string) => string | undefined;
  isDisabled: boolean;
  onChange: (change: Partial<JiraSettingsDraft>) => void;
}

/** Where findings go: the project and issue type of nonconformities and of corrective actions. */
export function IssueTargetsSection({
  draft,
  choices,
  messageAt: at,
  isDisabled,
  onChange: update,
}: IssueTargetsSectionProps) {
  return (
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
  );
}
