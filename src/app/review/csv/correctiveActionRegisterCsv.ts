import type { FileDownload } from '../../../contract/programme';
import type { CaVerificationRecord } from '../../../domain/actions/caVerification';
import { formatCsv } from '../../../domain/csv/csv';
import { splitTrackedIssueId, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import { todayIn } from '../../../domain/calendar/timeZone';
import { correctiveActionRegister } from '../../../domain/review/register/correctiveActionRegister';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { figuresPeriod } from '../figuresPeriod';

const JIRA_SETTINGS_ID = 'jira';

const columns = [
  'corrective action',
  'title',
  'state',
  'findings',
  'grade',
  'sources',
  'opened on',
  'plan owner',
  'plan owner name',
  'due date',
  'due for',
  'overdue',
  'days overdue',
  'verifications',
  'not effective',
  'first verification',
  'closed at',
  'jira key',
  'jira status',
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The corrective-action register (10.2) as CSV: every action active during the period (opened by
 * its last day and not closed before its first), oldest first. The period asked for (both ends),
 * or none: the programme's current cycle. Two store reads: the settings and one `listMany`.
 * The plan owner is printed by name with the account id beside it (the id for traceability): the
 * name stored with the plan, else one directory lookup per person (not per row) for older plans.
 */
export async function correctiveActionRegisterCsv(
  services: AppServices,
  period: { from?: string; to?: string },
): Promise<FileDownload> {
  const now = services.clock.now();
  const settings = await currentProgrammeSettings(services);
  const covered = figuresPeriod(settings, period, now);
  const records = await services.store.listMany([
    'correctiveAction',
    'caVerification',
    'finding',
    'trackedIssue',
    'jiraSettings',
    'dueDateExtension',
  ]);
  const trackedByAction = new Map<string, TrackedIssueRecord>();
  for (const tracked of records.trackedIssue) {
    const [subject, subjectId] = splitTrackedIssueId(tracked.id);
    if (subject === 'correctiveAction') trackedByAction.set(subjectId, tracked.record);
  }
  const rows = correctiveActionRegister({
    actions: records.correctiveAction,
    verifications: new Map<string, CaVerificationRecord>(records.caVerification.map((v) => [v.id, v.record])),
    findings: new Map(records.finding.map((finding) => [finding.id, finding.record])),
    trackedByAction,
    extensions: records.dueDateExtension,
    duePolicy: records.jiraSettings.find((stored) => stored.id === JIRA_SETTINGS_ID)?.record ?? null,
    workingDays: settings.workingDays,
    timeZone: settings.timeZone,
    period: { from: covered.from, to: covered.to },
    today: todayIn(settings.timeZone, now),
  });
  const stored = new Map(
    records.correctiveAction.flatMap((a) => (a.record.plan?.ownerName ? [[a.id, a.record.plan.ownerName]] : [])),
  );
  const names = new Map<string, string>();
  for (const row of rows) {
    if (!row.planOwnerId || stored.has(row.correctiveActionId) || names.has(row.planOwnerId)) continue;
    names.set(row.planOwnerId, await services.directory.displayName(row.planOwnerId));
  }
  const ownerName = (row: (typeof rows)[number]) =>
    row.planOwnerId ? (stored.get(row.correctiveActionId) ?? names.get(row.planOwnerId) ?? '') : '';
  return {
    fileName: `corrective-action-register-${covered.from}-to-${covered.to}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([
      columns,
      ...rows.map((row) => [
        row.correctiveActionId,
        row.title,
        row.state,
        row.findingIds.join(' '),
        row.grade ?? '',
        row.sources.join(' '),
        row.openedOn,
        row.planOwnerId ?? '',
        ownerName(row),
        row.dueDate ?? '',
        row.dueFor ?? '',
        yesNo(row.overdue),
        String(row.daysOverdue),
        String(row.verifications),
        String(row.notEffective),
        row.firstVerification ?? '',
        row.closedAt ?? '',
        row.issueKey ?? '',
        row.jiraStatus,
      ]),
    ]),
  };
}
