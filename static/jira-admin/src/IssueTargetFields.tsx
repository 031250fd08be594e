import { Grid } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { FieldBlock } from '../../shared/components/FieldBlock';
import type { MessageAt } from './fieldMessages';

interface IssueTargetFieldsProps {
  /** `nc` or `ca`: the ids and test ids of the inputs. */
  idPrefix: string;
  /** What goes there, e.g. "Nonconformities". */
  title: string;
  projectKey: string;
  issueType: string;
  projectPath: string;
  issueTypePath: string;
  /** The issue types the project offers (empty until Jira answered for it). */
  issueTypes: readonly string[];
  messageAt: MessageAt;
  isDisabled: boolean;
  onChange: (change: { projectKey?: string; issueType?: string }) => void;
}

/** Where one kind of issue goes: a Jira project (by key) and one of its issue types. */
export function IssueTargetFields({
  idPrefix,
  title,
  projectKey,
  issueType,
  projectPath,
  issueTypePath,
  issueTypes,
  messageAt,
  isDisabled,
  onChange,
}: IssueTargetFieldsProps) {
  const projectError = messageAt(projectPath);
  const typeError = messageAt(issueTypePath);
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.200">
      <FieldBlock
        htmlFor={`${idPrefix}-project`}
        label={`${title}: Jira project key`}
        helper="The key in the project's issue keys, e.g. NC for NC-12."
        error={projectError}
        isRequired
      >
        <Textfield
          id={`${idPrefix}-project`}
          value={projectKey}
          onChange={(event) => onChange({ projectKey: event.currentTarget.value })}
          isInvalid={Boolean(projectError)}
          isDisabled={isDisabled}
          autoComplete="off"
          testId={`${idPrefix}-project`}
        />
      </FieldBlock>
      <FieldBlock
        htmlFor={`${idPrefix}-issue-type`}
        label={`${title}: issue type`}
        helper={issueTypes.length > 0 ? `The project has: ${issueTypes.join(', ')}.` : 'As the project names it.'}
        error={typeError}
        isRequired
      >
        <Textfield
          id={`${idPrefix}-issue-type`}
          value={issueType}
          onChange={(event) => onChange({ issueType: event.currentTarget.value })}
          isInvalid={Boolean(typeError)}
          isDisabled={isDisabled}
          autoComplete="off"
          testId={`${idPrefix}-issue-type`}
        />
      </FieldBlock>
    </Grid>
  );
}
