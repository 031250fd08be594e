import { Text } from '@atlaskit/primitives';
import type { RoleAssignment } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { editColumn, nameColumn } from '../../../shared/components/recordColumns';
import { RoleLozenges } from './RoleLozenges';
import { Timestamp } from '../../../shared/components/Timestamp';

interface RolesTableProps {
  assignments: readonly RoleAssignment[];
  /** Offered to programme managers: puts the account into the role form. */
  onEdit?: (assignment: RoleAssignment) => void;
}

/** Every account that holds an app role, with who last changed it and when. */
export function RolesTable({ assignments, onEdit }: RolesTableProps) {
  const names = new Map(assignments.map((assignment) => [assignment.accountId, assignment.displayName]));
  const columns: RecordColumn<RoleAssignment>[] = [
    nameColumn(
      'account',
      'Account',
      (assignment) => assignment.displayName,
      (assignment) => (
        <Text size="small" color="color.text.subtlest">
          {assignment.accountId}
        </Text>
      ),
    ),
    { key: 'roles', header: 'App roles', cell: (assignment) => <RoleLozenges roles={assignment.roles} /> },
    { key: 'version', header: 'Version', width: 8, cell: (assignment) => String(assignment.version) },
    {
      key: 'updatedAt',
      header: 'Updated',
      sortKey: (assignment) => assignment.updatedAt,
      cell: (assignment) => <Timestamp iso={assignment.updatedAt} />,
    },
    {
      key: 'updatedBy',
      header: 'Updated by',
      cell: (assignment) => names.get(assignment.updatedBy) ?? assignment.updatedBy,
    },
    ...editColumn(onEdit, 8, (assignment) => `roles-edit-${assignment.accountId}`),
  ];
  return (
    <RecordTable
      columns={columns}
      records={assignments}
      recordKey={(assignment) => assignment.accountId}
      rowTestId={(assignment) => `roles-row-${assignment.accountId}`}
      label="App role assignments"
      rowsPerPage={20}
      sortedBy="account"
      empty="No one holds an app role yet."
      testId="roles-table"
    />
  );
}
