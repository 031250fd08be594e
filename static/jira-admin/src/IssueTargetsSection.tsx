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

/** The two kinds of Jira issue the app raises, each with its own project and issue type. */
const targets = [
  { prefix: 'nc', title: 'Nonconformities', choicesOf: 'nonconformityIssueTypes' },
  { prefix: 'ca', title: 'Corrective actions', choicesOf: 'correctiveActionIssueTypes' },
] as const;

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
      {targets.map(({ prefix, title, choicesOf }) => {
        const projectField = `${prefix}ProjectKey` as const;
        const typeField = `${prefix}IssueType` as const;
        return (
          <IssueTargetFields
            key={prefix}
            idPrefix={prefix}
            title={title}
            projectKey={draft[projectField]}
            issueType={draft[typeField]}
            projectPath={fieldPaths[projectField]}
            issueTypePath={fieldPaths[typeField]}
            issueTypes={choices[choicesOf]}
            messageAt={at}
            isDisabled={isDisabled}
            onChange={({ projectKey, issueType }) => {
              const change: Partial<JiraSettingsDraft> = {};
              if (projectKey !== undefined) change[projectField] = projectKey;
              if (issueType !== undefined) change[typeField] = issueType;
              update(change);
            }}
          />
        );
      })}
    </Stack>
  );
}
