import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useMemo, useState } from 'react';
import type { ResolverInput, SoaLineView, SoaView } from '../../../../src/contract';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { CsvTransfer } from '../../../shared/components/CsvTransfer';
import type { Person } from '../../../shared/components/PeopleSelect';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { callResolver } from '../../../shared/invokeClient';
import { RecordApproval } from '../../../shared/signing/RecordApproval';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { VersionLine } from '../components/VersionLine';
import { SoaFilter, type SoaFilterValue } from './SoaFilter';
import { SoaLineDialog } from './SoaLineDialog';
import { SoaTable } from './SoaTable';

interface SoaTabProps extends SignsOnPage {
  /** The SoA changed: coverage (which counts applicable controls) must be read again. */
  onChanged: () => void;
}

function matches(line: SoaLineView, filter: SoaFilterValue): boolean {
  if (filter.theme && line.theme !== filter.theme) return false;
  if (filter.applicability === 'applicable' && !line.entry.applicable) return false;
  if (filter.applicability === 'excluded' && line.entry.applicable) return false;
  const words = filter.text.trim().toLocaleLowerCase();
  return !words || `${line.entry.controlId} ${line.title}`.toLocaleLowerCase().includes(words);
}

/**
 * The Statement of Applicability (6.1.3 d): one line per Annex A control, filterable by theme,
 * edited line by line by programme managers, approved by signature, exported and imported as CSV.
 */
export function SoaTab({ session, onChanged, onSigningAttempt }: SoaTabProps) {
  const query = useResolverQuery('getStatementOfApplicability', {});
  const roles = useResolverQuery('listRoleAssignments', {});
  const [filter, setFilter] = useState<SoaFilterValue>({ theme: null, applicability: 'all', text: '' });
  const [editing, setEditing] = useState<SoaLineView | null>(null);
  const canEdit = session.roles.includes('programmeManager');
  const { state } = query;
  const people: Person[] = roles.state.status === 'ok' ? roles.state.value.assignments : [];

  const lines = useMemo(
    () => (state.status === 'ok' ? state.value.lines.filter((line) => matches(line, filter)) : []),
    [state, filter],
  );

  const saved = (view: SoaView) => {
    query.replace(view);
    onChanged();
  };

  if (state.status !== 'ok') return <QueryStatus query={query} what="the Statement of Applicability" testId="soa" />;
  const view = state.value;
  const importFile = (csv: string, reason: string | undefined) => {
    const input: ResolverInput<'importStatementOfApplicability'> = { csv, expectedVersion: view.version };
    return callResolver('importStatementOfApplicability', reason ? { ...input, reason } : input);
  };
  return (
    <Section
      title="Statement of Applicability"
      description={<VersionLine {...view} testId="soa-version" />}
      testId="soa"
    >
      <Stack space="space.300">
        <Inline space="space.200" shouldWrap testId="soa-summary">
          <Text>
            <Text weight="bold">{view.summary.applicable}</Text> applicable
          </Text>
          <Text>
            <Text weight="bold">{view.summary.excluded}</Text> excluded
          </Text>
          <Text>
            <Text weight="bold">{view.summary.implemented}</Text> implemented
          </Text>
          <Text color="color.text.subtle">of {view.lines.length} Annex A controls</Text>
        </Inline>
        <RecordApproval
          recordType="statementOfApplicability"
          recordId="soa"
          version={view.version}
          recordTitle="Statement of Applicability"
          approvals={view.approvals}
          canApprove={canEdit}
          ownAccountId={session.accountId}
          onSigned={() => void query.reload()}
          onSigningAttempt={onSigningAttempt}
          testId="soa-approval"
        />
        <SoaFilter value={filter} onChange={setFilter} />
        <SoaTable lines={lines} onEdit={canEdit ? setEditing : undefined} />
        <CsvTransfer
          idPrefix="soa-csv"
          subject="SoA lines"
          exportFile={() => callResolver('exportStatementOfApplicability', {})}
          importFile={canEdit ? importFile : undefined}
          reasonRequired={view.approvals.length > 0}
          onImported={(imported) => saved(imported)}
        />
      </Stack>
      {editing ? (
        <SoaLineDialog
          line={editing}
          view={view}
          people={people}
          onSaved={saved}
          onStale={() => void query.reload()}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Section>
  );
}
