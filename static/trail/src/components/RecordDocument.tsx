import Heading from '@atlaskit/heading';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { RecordExport } from '../../../../src/contract';
import { formatLocalExact, formatUtc } from '../../../shared/formatTimestamp';
import { SignatureBlock } from '../../../shared/signing/SignatureBlock';
import { RecordCard } from './RecordCard';
import { TrailTable } from './TrailTable';
import { TrailVerdictMessage } from '../../../shared/trail/TrailVerdictMessage';

interface RecordDocumentProps {
  record: RecordExport;
  names: ReadonlyMap<string, string>;
}

/** One headed part of the exported record (records, signatures, trail). */
function DocumentPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack space="space.150">
      <Heading size="medium" as="h3">
        {title}
      </Heading>
      {children}
    </Stack>
  );
}

/** The programme's complete record as a readable, printable document (the same object as the JSON). */
export function RecordDocument({ record, names }: RecordDocumentProps) {
  return (
    <Box testId="record-export">
      <Stack space="space.400">
        <Stack space="space.050">
          <Heading size="large" as="h2" testId="record-title">
            {record.scope.title}
          </Heading>
          <Text color="color.text.subtle" testId="record-exported">
            Exported {formatUtc(record.exportedAt)} ({formatLocalExact(record.exportedAt)} local) by{' '}
            {record.exportedBy.displayName} ({record.exportedBy.accountId})
          </Text>
          <Text size="small" color="color.text.subtlest">
            {record.format}, format version {record.formatVersion} · {record.records.length} records ·{' '}
            {record.signatures.length} signatures · {record.trail.length} trail entries
          </Text>
        </Stack>
        <DocumentPart title="Records">
          {record.records.length === 0 ? (
            <Text color="color.text.subtle">No record has been saved yet.</Text>
          ) : (
            <Grid templateColumns="repeat(auto-fill, minmax(22rem, 1fr))" gap="space.200" alignItems="start">
              {record.records.map((item) => (
                <RecordCard key={`${item.type}/${item.id}`} record={item} names={names} />
              ))}
            </Grid>
          )}
        </DocumentPart>
        <DocumentPart title="Signatures">
          <SignatureBlock signatures={record.signatures} showRecord testId="record-signatures" />
        </DocumentPart>
        <DocumentPart title="Audit trail integrity">
          <TrailVerdictMessage verdict={record.trailVerdict} testId="record-verdict" />
        </DocumentPart>
        <DocumentPart title="Audit trail of these records">
          <TrailTable
            entries={record.trail}
            names={names}
            testId="record-trail-table"
            emptyText="Nothing recorded yet."
          />
        </DocumentPart>
      </Stack>
    </Box>
  );
}
