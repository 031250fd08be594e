import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ManagementReviewView } from '../../../../src/contract';

interface ReviewAgendaProps {
  agenda: ManagementReviewView['agenda'];
  title: string;
  testId: string;
}

/** A review's agenda: the standard's inputs (9.3.2 a–g), then the organisation's standing items. */
export function ReviewAgenda({ agenda, title, testId }: ReviewAgendaProps) {
  return (
    <Stack space="space.075" testId={testId}>
      <Heading size="xsmall">{title}</Heading>
      <ol style={{ margin: 0 }}>
        {agenda.map((item) => (
          <li key={item.ref}>
            <Text>
              <Text weight="semibold">{item.ref}</Text> {item.title}
            </Text>
          </li>
        ))}
      </ol>
    </Stack>
  );
}
