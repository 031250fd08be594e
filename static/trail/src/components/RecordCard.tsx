import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RecordExport } from '../../../../src/contract';
import { formatLocalExact, formatUtc } from '../../../shared/formatTimestamp';
import { recordTypeTitle } from '../../../shared/recordTypes';
import { RecordContent } from './RecordContent';

const cardStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
  padding: 'space.200',
});

type ExportedRecord = RecordExport['records'][number];

interface RecordCardProps {
  record: ExportedRecord;
  names: ReadonlyMap<string, string>;
}

/** One record of the export: what it is, its version, who changed it last and when, and its content. */
export function RecordCard({ record, names }: RecordCardProps) {
  const by = names.get(record.updatedBy);
  // Some records are kept per account (app roles): name the person, not only the id.
  const about = names.get(record.id);
  return (
    <Box xcss={cardStyles} testId={`record-${record.type}-${record.id}`}>
      <Stack space="space.150">
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="baseline" shouldWrap>
            <Heading size="xsmall" as="h4">
              {recordTypeTitle(record.type)}
              {about ? `: ${about}` : ''}
            </Heading>
            <Text size="small" color="color.text.subtle">
              {record.type} · {record.id} · version {record.version}
            </Text>
          </Inline>
          <Text size="small" color="color.text.subtle">
            Last changed {formatUtc(record.updatedAt)} ({formatLocalExact(record.updatedAt)} local) by{' '}
            {by ? `${by} (${record.updatedBy})` : record.updatedBy}
          </Text>
        </Stack>
        <RecordContent content={record.content} />
      </Stack>
    </Box>
  );
}
