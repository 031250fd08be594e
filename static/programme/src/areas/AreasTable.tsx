import { Stack, Text } from '@atlaskit/primitives';
import type { AreaView } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { editColumn } from '../../../shared/components/recordColumns';
import { RiskLozenge } from '../overview/RiskLozenge';

interface AreasTableProps {
  areas: readonly AreaView[];
  onEdit?: (area: AreaView) => void;
}

const SHOWN_ITEMS = 6;

/** The first clauses and controls of an area, and how many more it carries. */
function itemsWords(itemIds: readonly string[]): string {
  if (itemIds.length === 0) return '—';
  const more = itemIds.length > SHOWN_ITEMS ? ` and ${itemIds.length - SHOWN_ITEMS} more` : '';
  return `${itemIds.slice(0, SHOWN_ITEMS).join(', ')}${more}`;
}

const columns: RecordColumn<AreaView>[] = [
  {
    key: 'name',
    header: 'Area',
    sortKey: (view) => view.area.name.toLocaleLowerCase(),
    cell: (view) => <Text weight="medium">{view.area.name}</Text>,
  },
  {
    key: 'owner',
    header: 'Owner',
    sortKey: (view) => view.ownerName.toLocaleLowerCase(),
    cell: (view) => view.ownerName,
  },
  {
    key: 'members',
    header: 'Members',
    width: 9,
    sortKey: (view) => String(view.area.memberIds.length).padStart(4, '0'),
    cell: (view) => String(view.area.memberIds.length),
  },
  {
    key: 'risk',
    header: 'Risk',
    width: 16,
    sortKey: (view) => String(view.riskScore).padStart(3, '0'),
    cell: (view) => (
      <Stack space="space.025">
        <RiskLozenge level={view.riskLevel} score={view.riskScore} testId={`area-risk-${view.id}`} />
        <Text size="small" color="color.text.subtle">
          {view.area.likelihood} × {view.area.impact}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'items',
    header: 'Clauses and controls',
    cell: (view) => <Text size="small">{itemsWords(view.area.itemIds)}</Text>,
  },
];

/** The auditable areas with their owner, members, risk and what they carry. */
export function AreasTable({ areas, onEdit }: AreasTableProps) {
  return (
    <RecordTable
      columns={[...columns, ...editColumn(onEdit, 7, (view) => `area-edit-${view.id}`)]}
      records={areas}
      recordKey={(view) => view.id}
      rowTestId={(view) => `area-row-${view.id}`}
      label="Auditable areas"
      rowsPerPage={25}
      sortedBy="name"
      empty="No auditable areas yet."
      testId="areas-table"
    />
  );
}
