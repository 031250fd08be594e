import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../../src/contract';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { withoutPath } from './fieldText';

interface ActionFailureProps {
  /** What did not happen, e.g. "The plan was not saved". */
  title: string;
  error: ResolverError;
  /** A field of the form shows the message under itself too. */
  pointsAtField?: boolean;
  /** Offered on a version conflict: read the audit again. */
  onReload?: () => void;
  testId?: string;
}

/** Why an action on an audit was refused; nothing was changed. */
export function ActionFailure({ title, error, pointsAtField = false, onReload, testId }: ActionFailureProps) {
  const conflict = error.code === 'conflict';
  return (
    <SectionMessage
      appearance={conflict ? 'warning' : 'error'}
      title={conflict ? 'Someone else changed this audit in the meantime' : title}
      testId={testId}
    >
      <Stack space="space.100" alignInline="start">
        <Text as="p">{humaniseTimes(withoutPath(error))}</Text>
        {error.problems && error.problems.length > 0 ? (
          <Stack space="space.050">
            {error.problems.map((problem, index) => (
              <Text key={index} as="p" size="small">
                {problem.message}
              </Text>
            ))}
          </Stack>
        ) : null}
        {pointsAtField ? (
          <Text as="p" color="color.text.subtle">
            The field at fault is marked above. Nothing was saved.
          </Text>
        ) : null}
        {conflict && onReload ? (
          <Button appearance="primary" onClick={onReload}>
            Reload the audit
          </Button>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
