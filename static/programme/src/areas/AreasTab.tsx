import { Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { AreaView, Session } from '../../../../src/contract';
import { CsvTransfer } from '../../../shared/components/CsvTransfer';
import type { Person } from '../../../shared/components/PeopleSelect';
import { Section } from '../../../shared/components/Section';
import { AddButton } from '../components/AddButton';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AreaDialog } from './AreaDialog';
import { AreasTable } from './AreasTable';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface AreasTabProps {
  session: Session;
  /** Areas changed: the proposal, coverage and audits read them. */
  onChanged: () => void;
}

type Editing = { area: AreaView | null } | null;

/** The auditable areas of the ISMS scope: who owns them, who works in them, their risk, what they carry. */
export function AreasTab({ session, onChanged }: AreasTabProps) {
  const query = useResolverQuery('listAuditableAreas', {});
  const roles = useResolverQuery('listRoleAssignments', {});
  const catalogue = useResolverQuery('getCatalogue', {});
  const [editing, setEditing] = useState<Editing>(null);
  const canEdit = session.roles.includes('programmeManager');
  const people: Person[] = roles.state.status === 'ok' ? roles.state.value.assignments : [];
  const items = catalogue.state.status === 'ok' ? catalogue.state.value.items : [];
  const { state } = query;

  const changed = () => {
    void query.reload();
    onChanged();
  };

  return (
    <Section
      title="Auditable areas"
      description="Processes, sites, systems and departments inside the ISMS scope. Their risk sets how often they are audited."
      testId="areas"
    >
      <Stack space="space.300">
        <AddButton isShown={canEdit} onClick={() => setEditing({ area: null })} testId="area-add">
          Add an area
        </AddButton>
        <QueryStatus query={query} what="the areas" testId="areas" />
        {state.status === 'ok' ? (
          <>
            <Text color="color.text.subtle" testId="areas-count">
              {state.value.areas.length} area{state.value.areas.length === 1 ? '' : 's'}
            </Text>
            <AreasTable areas={state.value.areas} onEdit={canEdit ? (area) => setEditing({ area }) : undefined} />
          </>
        ) : null}
        <CsvTransfer
          idPrefix="areas-csv"
          subject="auditable areas"
          exportFile={() => callResolver('exportAuditableAreas', {})}
          importFile={
            canEdit
              ? (csv, reason) => callResolver('importAuditableAreas', reason ? { csv, reason } : { csv })
              : undefined
          }
          onImported={(imported) => {
            query.replace({ areas: imported.areas });
            onChanged();
          }}
        />
      </Stack>
      {editing ? (
        <AreaDialog
          area={editing.area}
          people={people}
          catalogue={items}
          onSaved={changed}
          onStale={() => void query.reload()}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Section>
  );
}
