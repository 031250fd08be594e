import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverError, ResolverOutput } from '../../../../src/contract';
import { CsvTransfer } from '../../../shared/components/CsvTransfer';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { Section } from '../../../shared/components/Section';
import { callResolver } from '../../../shared/invokeClient';
import { useReadAgainWhen } from '../../../shared/useReadAgainWhen';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { findingGradeTitles } from '../../../shared/words/findingGrades';
import { RecordNonconformityDialog } from './RecordNonconformityDialog';
import { SiteLink } from '../../../shared/components/SiteLink';
import { jiraIssuePath } from '../../../shared/siteLinks';

type Nonconformity = ResolverOutput<'listNonconformities'>['nonconformities'][number];

/** The columns an inspection's observations are typed in (the import's format). */
const templateHeader = 'authority,reference,observation,requirement,statement,gap,grade,area,clause';

const jiraWords: Record<NonNullable<Nonconformity['jiraState']>, string> = {
  queued: 'Queued',
  creating: 'Being raised',
  raised: 'Raised',
  linked: 'Linked',
  failed: 'Failed',
  unlinked: 'Unlinked',
};

interface NonconformitiesSectionProps {
  /** A programme manager or lead auditor: records, imports and raises. */
  canManage: boolean;
  /** Jira is set up, so issues can be raised. */
  isConfigured: boolean;
  refreshKey?: number;
}

/**
 * Nonconformities from outside the internal audits (certification audits, inspections such as an
 * FDA Form 483, incidents, complaints…): recorded one by one or imported from an inspection's CSV,
 * listed with their Jira state, and raised in Jira on the same path as audit findings.
 */
export function NonconformitiesSection({ canManage, isConfigured, refreshKey = 0 }: NonconformitiesSectionProps) {
  const query = useResolverQuery('listNonconformities', {});
  const areas = useResolverQuery('listAuditableAreas', {});
  const [recording, setRecording] = useState(false);
  const [raising, setRaising] = useState<string | null>(null);
  const [raiseError, setRaiseError] = useState<ResolverError | null>(null);
  const { reload } = query;
  useReadAgainWhen(String(refreshKey), () => void reload());

  const raise = async (findingId: string) => {
    setRaising(findingId);
    setRaiseError(null);
    const result = await callResolver('raiseNonconformityIssues', { findingIds: [findingId] });
    setRaising(null);
    if (!result.ok) setRaiseError(result.error);
    await reload();
  };

  const columns: RecordColumn<Nonconformity>[] = [
    { key: 'source', header: 'Source', width: 30, cell: (nc) => nc.sourceTitle },
    { key: 'grade', header: 'Grade', width: 14, cell: (nc) => findingGradeTitles[nc.finding.content.grade] },
    {
      key: 'item',
      header: 'Clause or control',
      width: 18,
      cell: (nc) => `${nc.finding.content.itemId} ${nc.itemTitle}`,
    },
    { key: 'area', header: 'Area', width: 12, cell: (nc) => nc.areaName },
    { key: 'raised', header: 'Recorded', width: 10, cell: (nc) => nc.finding.raisedOn },
    {
      key: 'jira',
      header: 'Jira',
      width: 16,
      cell: (nc) =>
        nc.issueKey ? (
          <SiteLink path={jiraIssuePath(nc.issueKey)} testId={`intake-issue-${nc.id}`}>
            {nc.issueKey}
            {nc.jiraStatus ? ` · ${nc.jiraStatus}` : ''}
          </SiteLink>
        ) : canManage && isConfigured && nc.jiraState !== 'queued' && nc.jiraState !== 'creating' ? (
          <Button
            onClick={() => void raise(nc.id)}
            isLoading={raising === nc.id}
            isDisabled={raising !== null}
            testId={`intake-raise-${nc.id}`}
          >
            Raise in Jira
          </Button>
        ) : (
          <Text color="color.text.subtle">{nc.jiraState ? jiraWords[nc.jiraState] : 'Not raised'}</Text>
        ),
    },
  ];

  const list = query.state.status === 'ok' ? query.state.value.nonconformities : [];
  const areaChoices =
    areas.state.status === 'ok' ? areas.state.value.areas.map((a) => ({ id: a.id, name: a.area.name })) : [];
  return (
    <Section
      title="Nonconformities from other sources"
      description="Certification audits, regulatory inspections, incidents, monitoring, supplier audits, complaints and management reviews: the same Jira path, corrective action and closure as audit findings."
      testId="intake-section"
    >
      <Stack space="space.200">
        {canManage ? (
          <Inline>
            <Button appearance="primary" onClick={() => setRecording(true)} testId="intake-record-open">
              Record a nonconformity
            </Button>
          </Inline>
        ) : null}
        <QueryStatus
          query={query}
          loadingLabel="Loading the nonconformities"
          loadingTestId="intake-loading"
          failureTitle="The nonconformities could not be loaded"
          failureTestId="intake-error"
        />
        {raiseError ? (
          <SectionMessage appearance="error" title="Not raised" testId="intake-raise-error">
            <Text as="p">{raiseError.message}</Text>
          </SectionMessage>
        ) : null}
        {query.state.status === 'ok' ? (
          <RecordTable
            label="Nonconformities from other sources"
            columns={columns}
            records={list}
            recordKey={(nc) => nc.id}
            rowTestId={(nc) => `intake-row-${nc.id}`}
            empty={<Text color="color.text.subtle">No nonconformity from another source yet.</Text>}
            emptyTestId="intake-empty"
            tableTestId="intake-table"
          />
        ) : null}
        {canManage ? (
          <CsvTransfer
            idPrefix="intake-csv"
            subject="inspection observations"
            exportFile={() =>
              Promise.resolve({
                ok: true as const,
                value: {
                  fileName: 'inspection-observations.csv',
                  mimeType: 'text/csv',
                  content: `${templateHeader}\n`,
                },
              })
            }
            importFile={(csv, reason) =>
              callResolver('importInspectionObservations', reason ? { csv, reason } : { csv })
            }
            onImported={() => void reload()}
          />
        ) : null}
      </Stack>
      {recording ? (
        <RecordNonconformityDialog
          areas={areaChoices}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            void reload();
          }}
        />
      ) : null}
    </Section>
  );
}
