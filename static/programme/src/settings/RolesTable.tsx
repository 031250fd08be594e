import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { RoleAssignment } from '../../../../src/contract';
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
  const head = {
    cells: [
      { key: 'account', content: 'Account', isSortable: true },
      { key: 'roles', content: 'App roles' },
      { key: 'version', content: 'Version', width: 8 },
      { key: 'updatedAt', content: 'Updated', isSortable: true },
      { key: 'updatedBy', content: 'Updated by' },
      ...(onEdit ? [{ key: 'edit', content: '', width: 8 }] : []),
    ],
  };
  const rows = assignments.map((assignment) => ({
    key: assignment.accountId,
    testId: `roles-row-${assignment.accountId}`,
    cells: [
      {
        key: assignment.displayName.toLocaleLowerCase(),
        content: (
          <Stack space="space.0">
            <Text weight="medium">{assignment.displayName}</Text>
            <Text size="small" color="color.text.subtlest">
              {assignment.accountId}
            </Text>
          </Stack>
        ),
      },
      { key: 'roles', content: <RoleLozenges roles={assignment.roles} /> },
      { key: 'version', content: String(assignment.version) },
      { key: assignment.updatedAt, content: <Timestamp iso={assignment.updatedAt} /> },
      { key: 'updatedBy', content: names.get(assignment.updatedBy) ?? assignment.updatedBy },
      ...(onEdit
        ? [
            {
              key: 'edit',
              content: (
                <Button
                  spacing="compact"
                  onClick={() => onEdit(assignment)}
                  testId={`roles-edit-${assignment.accountId}`}
                >
                  Edit
                </Button>
              ),
            },
          ]
        : []),
    ],
  }));
  return (
    <Box testId="roles-table">
      <DynamicTable
        label="App role assignments"
        head={head}
        rows={rows}
        rowsPerPage={20}
        defaultSortKey="account"
        defaultSortOrder="ASC"
        emptyView={<Text color="color.text.subtle">No one holds an app role yet.</Text>}
      />
    </Box>
  );
}
