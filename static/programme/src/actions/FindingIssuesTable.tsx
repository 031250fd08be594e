import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { FindingView } from '../../../../src/contract';
import type { TrackedIssueView } from '../../../../src/contract/jira';
import { FindingGradeLozenge } from '../audits/FindingGradeLozenge';
import type { RecordedExemption } from './findingExemptions';
import { issueStateWords } from './issueWords';
import { JiraIssueLink } from './JiraIssueLink';

/** One finding of the audit with its Jira issue, if it has a tracking record yet. */
export interface FindingIssueRow {
  finding: FindingView;
  tracked: TrackedIssueView | null;
  /** The signed "no action needed" that closes the finding, if one does. */
  exemption?: RecordedExemption | null;
}

/** A finding can be raised (or linked) when it has no issue and none is on its way. */
export const canRaise = (tracked: TrackedIssueView | null) =>
  tracked === null || tracked.state === 'failed' || tracked.state === 'unlinked';

interface FindingIssuesTableProps {
  rows: readonly FindingIssueRow[];
  /** Leads and programme managers raise, link and unlink; others read. */
  canManage: boolean;
  selected: ReadonlySet<string>;
  onToggle: (findingId: string) => void;
  onLink: (row: FindingIssueRow) => void;
  onUnlink: (row: FindingIssueRow) => void;
}

/** A finding closed without corrective action: who signed that none is needed, when and why. */
function ExemptionNote({ id, exemption }: { id: string; exemption: RecordedExemption }) {
  return (
    <Stack space="space.025" testId={`finding-exemption-${id}`}>
      <Lozenge appearance={exemption.signed ? 'success' : 'removed'}>No action needed</Lozenge>
      <Text size="small" color="color.text.subtle">
        {exemption.signed ? 'Signed' : 'Signature does not hold'} by {exemption.byName}
        {exemption.on ? ` on ${exemption.on}` : ''}: {exemption.reason}
      </Text>
    </Stack>
  );
}

const findingTitle = ({ finding }: FindingIssueRow) => `${finding.finding.content.itemId} ${finding.itemTitle}`;

/** The audit's findings with their Jira issues: state, key, Jira's status and due date. */
export function FindingIssuesTable({ rows, canManage, selected, onToggle, onLink, onUnlink }: FindingIssuesTableProps) {
  const head = {
    cells: [
      ...(canManage ? [{ key: 'pick', content: '', width: 4 }] : []),
      { key: 'finding', content: 'Finding' },
      { key: 'state', content: 'Issue state' },
      { key: 'issue', content: 'Issue' },
      { key: 'status', content: 'Jira status' },
      { key: 'due', content: 'Due' },
      ...(canManage ? [{ key: 'act', content: '', width: 14 }] : []),
    ],
  };
  const tableRows = rows.map((row) => {
    const { finding, tracked } = row;
    const id = finding.id;
    const raisable = canRaise(tracked);
    const words = tracked ? issueStateWords[tracked.state] : null;
    const jira = tracked?.jira ?? null;
    return {
      key: id,
      testId: `finding-issue-row-${id}`,
      cells: [
        ...(canManage
          ? [
              {
                key: 'pick',
                content: (
                  <Checkbox
                    isChecked={selected.has(id)}
                    isDisabled={!raisable}
                    onChange={() => onToggle(id)}
                    aria-label={`Select ${findingTitle(row)}`}
                    testId={`finding-issue-pick-${id}`}
                  />
                ),
              },
            ]
          : []),
        {
          key: 'finding',
          content: (
            <Stack space="space.050">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <FindingGradeLozenge grade={finding.finding.content.grade} />
                <Text weight="medium">{findingTitle(row)}</Text>
              </Inline>
              <Text size="small" color="color.text.subtlest">
                {finding.areaName} · raised {finding.finding.raisedOn}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'state',
          content: (
            <Stack space="space.050">
              {words ? (
                <Lozenge appearance={words.appearance} testId={`finding-issue-state-${id}`}>
                  {words.label}
                </Lozenge>
              ) : (
                <Lozenge testId={`finding-issue-state-${id}`}>Not raised</Lozenge>
              )}
              {row.exemption ? <ExemptionNote id={id} exemption={row.exemption} /> : null}
              {tracked?.state === 'failed' && tracked.lastError ? (
                <Text size="small" color="color.text.danger" testId={`finding-issue-error-${id}`}>
                  {tracked.lastError}
                </Text>
              ) : null}
            </Stack>
          ),
        },
        {
          key: 'issue',
          content: (
            <JiraIssueLink
              issueKey={tracked?.issueKey ?? null}
              url={tracked?.issueUrl ?? null}
              testId={`finding-issue-key-${id}`}
            />
          ),
        },
        {
          key: 'status',
          content: jira ? (
            <Text testId={`finding-issue-status-${id}`}>{jira.deleted ? 'Deleted in Jira' : jira.status}</Text>
          ) : (
            <Text color="color.text.subtlest">—</Text>
          ),
        },
        {
          key: 'due',
          content: jira?.dueDate ? (
            <Text testId={`finding-issue-due-${id}`}>{jira.dueDate}</Text>
          ) : (
            <Text color="color.text.subtlest">—</Text>
          ),
        },
        ...(canManage
          ? [
              {
                key: 'act',
                content: (
                  <Inline space="space.050">
                    {raisable ? (
                      <Button spacing="compact" onClick={() => onLink(row)} testId={`finding-issue-link-${id}`}>
                        Link existing
                      </Button>
                    ) : null}
                    {tracked && (tracked.state === 'raised' || tracked.state === 'linked') ? (
                      <Button spacing="compact" onClick={() => onUnlink(row)} testId={`finding-issue-unlink-${id}`}>
                        Unlink
                      </Button>
                    ) : null}
                  </Inline>
                ),
              },
            ]
          : []),
      ],
    };
  });
  return (
    <Box testId="finding-issues">
      <DynamicTable
        label="Findings and their Jira issues"
        head={head}
        rows={tableRows}
        rowsPerPage={50}
        emptyView={<Text color="color.text.subtle">This audit has no finding yet.</Text>}
      />
    </Box>
  );
}

export { findingTitle };
