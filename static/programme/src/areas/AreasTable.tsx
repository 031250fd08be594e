import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { AreaView } from '../../../../src/contract';
import { RiskLozenge } from '../overview/RiskLozenge';

interface AreasTableProps {
  areas: readonly AreaView[];
  onEdit?: (area: AreaView) => void;
}

const SHOWN_ITEMS = 6;

/** The auditable areas with their owner, members, risk and what they carry. */
export function AreasTable({ areas, onEdit }: AreasTableProps) {
  const head = {
    cells: [
      { key: 'name', content: 'Area', isSortable: true },
      { key: 'owner', content: 'Owner', isSortable: true },
      { key: 'members', content: 'Members', isSortable: true, width: 9 },
      { key: 'risk', content: 'Risk', isSortable: true, width: 16 },
      { key: 'items', content: 'Clauses and controls' },
      ...(onEdit ? [{ key: 'edit', content: '', width: 7 }] : []),
    ],
  };
  const rows = areas.map((view) => {
    const { area } = view;
    const items = area.itemIds.slice(0, SHOWN_ITEMS).join(', ');
    const more = area.itemIds.length > SHOWN_ITEMS ? ` and ${area.itemIds.length - SHOWN_ITEMS} more` : '';
    return {
      key: view.id,
      testId: `area-row-${view.id}`,
      cells: [
        { key: area.name.toLocaleLowerCase(), content: <Text weight="medium">{area.name}</Text> },
        { key: view.ownerName.toLocaleLowerCase(), content: view.ownerName },
        { key: String(area.memberIds.length).padStart(4, '0'), content: String(area.memberIds.length) },
        {
          key: String(view.riskScore).padStart(3, '0'),
          content: (
            <Stack space="space.025">
              <RiskLozenge level={view.riskLevel} score={view.riskScore} testId={`area-risk-${view.id}`} />
              <Text size="small" color="color.text.subtle">
                {area.likelihood} × {area.impact}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'items',
          content: <Text size="small">{area.itemIds.length === 0 ? '—' : `${items}${more}`}</Text>,
        },
        ...(onEdit
          ? [
              {
                key: 'edit',
                content: (
                  <Button spacing="compact" onClick={() => onEdit(view)} testId={`area-edit-${view.id}`}>
                    Edit
                  </Button>
                ),
              },
            ]
          : []),
      ],
    };
  });
  return (
    <Box testId="areas-table">
      <DynamicTable
        label="Auditable areas"
        head={head}
        rows={rows}
        rowsPerPage={25}
        defaultSortKey="name"
        defaultSortOrder="ASC"
        emptyView={<Text color="color.text.subtle">No auditable areas yet.</Text>}
      />
    </Box>
  );
}
