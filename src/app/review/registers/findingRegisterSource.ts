import type { FiguresPeriod } from '../../../contract/review';
import { splitTrackedIssueId, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { FindingRegisterSource } from '../../../domain/review/register/findingRegister';
import type { CorrectiveActionRecord } from '../../../domain/actions/correctiveAction';

/** The corrective actions answering each finding (an action may answer several findings). */
function actionsByFinding(actions: ReadonlyArray<{ record: CorrectiveActionRecord }>) {
  const byFinding = new Map<string, CorrectiveActionRecord[]>();
  for (const { record } of actions) {
    for (const findingId of record.findingIds) byFinding.set(findingId, [...(byFinding.get(findingId) ?? []), record]);
  }
  return byFinding;
}
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { figuresPeriod } from '../figuresPeriod';

/** The Jira settings record's id (see app/jira/savedSettings). */
const JIRA_SETTINGS_ID = 'jira';

/**
 * Everything the finding register needs, in ONE store read whatever the number of findings: a
 * `listMany` of the programme settings, the areas (for names), audits, findings, tracked issues,
 * the Jira settings (for the due-date policy), corrective actions and exemptions (for whether a
 * finding is closed). No Jira call: statuses come from the mirror.
 */
export async function loadFindingRegisterSource(
  services: AppServices,
  config: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<{ source: FindingRegisterSource; period: FiguresPeriod }> {
  const records = await services.store.listMany([
    'programmeSettings',
    'auditableArea',
    'audit',
    'finding',
    'trackedIssue',
    'jiraSettings',
    'correctiveAction',
    'ncExemption',
  ]);
  const settings = programmeSettingsAmong(records.programmeSettings, now);
  const period = figuresPeriod(settings, config, now);
  const areas = records.auditableArea;
  const trackedByFinding = new Map<string, TrackedIssueRecord>();
  for (const tracked of records.trackedIssue) {
    const [subject, subjectId] = splitTrackedIssueId(tracked.id);
    if (subject === 'finding') trackedByFinding.set(subjectId, tracked.record);
  }
  const source: FindingRegisterSource = {
    findings: records.finding,
    auditTitles: new Map(records.audit.map((audit) => [audit.id, audit.record.plan.title])),
    areaNames: new Map(areas.map((area) => [area.id, area.record.name])),
    trackedByFinding,
    actionsByFinding: actionsByFinding(records.correctiveAction),
    exemptions: new Map(records.ncExemption.map((exemption) => [exemption.id, exemption.record])),
    timeZone: settings.timeZone,
    duePolicy: records.jiraSettings.find((stored) => stored.id === JIRA_SETTINGS_ID)?.record ?? null,
    workingDays: settings.workingDays,
    period: { from: period.from, to: period.to },
    today: todayIn(settings.timeZone, now),
  };
  return { source, period };
}
