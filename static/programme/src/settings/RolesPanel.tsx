import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { RoleAssignment } from '../../../../src/contract';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { PassphraseResets } from './PassphraseResets';
import { RolesTable } from './RolesTable';
import { Section } from '../../../shared/components/Section';
import { SetRolesForm } from './SetRolesForm';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface RolesPanelProps {
  canEdit: boolean;
  /** The signed-in account: a change to its own roles changes what this page may show. */
  ownAccountId: string;
  onOwnRolesChanged: () => void;
}

/** Who holds which app role; programme managers can change them here. */
export function RolesPanel({ canEdit, ownAccountId, onOwnRolesChanged }: RolesPanelProps) {
  const query = useResolverQuery('listRoleAssignments', {});
  const { state } = query;
  // The form restarts from the row chosen in the table; the counter restarts it for the same row.
  const [editing, setEditing] = useState<{ assignment: RoleAssignment | null; round: number }>({
    assignment: null,
    round: 0,
  });

  const saved = (assignment: RoleAssignment) => {
    void query.reload();
    if (assignment.accountId === ownAccountId) onOwnRolesChanged();
  };

  return (
    <Section
      title="App roles"
      description="The app keeps its own roles, so audit independence can be shown from its own records."
      testId="roles"
    >
      <QueryStatus query={query} what="the app roles" testId="roles" />
      {state.status === 'ok' ? (
        <Stack space="space.300">
          <RolesTable
            assignments={state.value.assignments}
            onEdit={
              canEdit
                ? (assignment) => setEditing((previous) => ({ assignment, round: previous.round + 1 }))
                : undefined
            }
          />
          {canEdit ? <PassphraseResets resets={state.value.passphraseResets} /> : null}
          {canEdit ? (
            <Stack space="space.150">
              <Heading size="small">Set an account&apos;s roles</Heading>
              <SetRolesForm
                key={editing.round}
                assignments={state.value.assignments}
                initial={editing.assignment}
                onSaved={saved}
                onReload={async () => (await query.reload()).ok}
              />
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </Section>
  );
}
