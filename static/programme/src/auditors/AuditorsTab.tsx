import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { AuditorView, Session } from '../../../../src/contract';
import type { Person } from '../../../shared/components/PeopleSelect';
import { Section } from '../../../shared/components/Section';
import { AddButton } from '../components/AddButton';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AuditorDialog } from './AuditorDialog';
import { AuditorsTable } from './AuditorsTable';
import { QueryStatus } from '../../../shared/components/QueryStatus';

type Editing = { auditor: AuditorView | null } | null;

/** The auditor register (7.2, 9.2.2): competence shown from records, with certificate expiry warnings. */
export function AuditorsTab({ session }: { session: Session }) {
  const query = useResolverQuery('listAuditors', {});
  const roles = useResolverQuery('listRoleAssignments', {});
  const [editing, setEditing] = useState<Editing>(null);
  const canEdit = session.roles.includes('programmeManager');
  const people: Person[] = roles.state.status === 'ok' ? roles.state.value.assignments : [];
  const { state } = query;
  return (
    <Section
      title="Auditor register"
      description="Certificates are checked on every assignment; one expiring within 60 days is flagged here first."
      testId="auditors"
    >
      <Stack space="space.300">
        <AddButton isShown={canEdit} onClick={() => setEditing({ auditor: null })} testId="auditor-add">
          Add an auditor
        </AddButton>
        <QueryStatus query={query} what="the auditor register" testId="auditors" />
        {state.status === 'ok' ? (
          <AuditorsTable
            auditors={state.value.auditors}
            onEdit={canEdit ? (auditor) => setEditing({ auditor }) : undefined}
          />
        ) : null}
      </Stack>
      {editing ? (
        <AuditorDialog
          auditor={editing.auditor}
          people={people}
          onSaved={() => void query.reload()}
          onStale={() => void query.reload()}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Section>
  );
}
