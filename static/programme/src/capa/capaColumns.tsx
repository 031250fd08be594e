import { Stack, Text } from '@atlaskit/primitives';
import type { CapaReportRow } from '../../../../src/contract/capa';
import type { RecordColumn } from '../../../shared/components/RecordTable';
import { capaSourceTitle, yesNoBlank } from './capaWords';

const day = (value: string | null) => value ?? '—';

/** What an inspector reads across one row: the finding, its action's dates, and how it ended. */
export const capaColumns: ReadonlyArray<RecordColumn<CapaReportRow>> = [
  {
    key: 'finding',
    header: 'Finding',
    sortKey: (row) => `${row.raisedOn} ${row.findingId}`,
    cell: (row) => (
      <Stack>
        <Text>
          {row.itemId} · {row.grade}
        </Text>
        <Text size="small" color="color.text.subtle">
          {capaSourceTitle(row.source)} · raised {row.raisedOn}
          {row.findingIssueKey ? ` · ${row.findingIssueKey}` : ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'action',
    header: 'Action',
    cell: (row) =>
      row.correctiveActionId ? (
        <Stack>
          <Text>{row.actionTitle}</Text>
          <Text size="small" color="color.text.subtle">
            {row.actionState}
          </Text>
        </Stack>
      ) : (
        <Text color="color.text.subtle">none</Text>
      ),
  },
  {
    key: 'due',
    header: 'Due',
    cell: (row) => (
      <Stack>
        <Text size="small">policy {day(row.policyDueDate)}</Text>
        <Text size="small">planned {day(row.plannedDate)}</Text>
        {row.extensions.map((e) => (
          <Text key={`${e.fromDate}-${e.toDate}`} size="small">
            extended {e.fromDate} → {e.toDate} by {e.approverName}: {e.reason}
          </Text>
        ))}
      </Stack>
    ),
  },
  {
    key: 'done',
    header: 'Implemented / verified / closed',
    cell: (row) => (
      <Stack>
        <Text size="small">implemented {day(row.implementedOn)}</Text>
        <Text size="small">
          verified {day(row.verifiedOn)}
          {row.verifierName ? ` by ${row.verifierName}` : ''}
        </Text>
        <Text size="small">closed {day(row.closure.closedOn)}</Text>
      </Stack>
    ),
  },
  {
    key: 'onTime',
    header: 'On time',
    sortKey: (row) => yesNoBlank(row.onTime),
    cell: (row) => <Text>{yesNoBlank(row.onTime)}</Text>,
  },
  {
    key: 'firstCheck',
    header: 'Effective at first check',
    cell: (row) => (
      <Stack>
        <Text>{yesNoBlank(row.effectiveAtFirstCheck)}</Text>
        {row.checkOverdue ? (
          <Text size="small" color="color.text.danger">
            check {row.checkOverdue.daysOverdue} days overdue
          </Text>
        ) : null}
        {row.challengedBy.length > 0 ? (
          <Text size="small" color="color.text.warning">
            challenged by {row.challengedBy.map((c) => `${c.findingId} (${c.raisedOn})`).join(', ')}
          </Text>
        ) : null}
      </Stack>
    ),
  },
  {
    key: 'exemption',
    header: 'Exemption',
    cell: (row) =>
      row.exemption ? (
        <Text size="small">
          {row.exemption.signed ? 'Signed' : 'NOT signed'} by {row.exemption.byName} on {day(row.exemption.on)}:{' '}
          {row.exemption.reason}
        </Text>
      ) : (
        <Text color="color.text.subtle">—</Text>
      ),
  },
];
