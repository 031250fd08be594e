import type { FiguresPeriod } from '../../../contract/review';
import { splitTrackedIssueId, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import { todayIn } from '../../../domain/programme/rules/dates';
import type { FindingRegisterSource } from '../../../domain/review/register/findingRegister';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { figuresPeriod } from '../figuresPeriod';

/** The Jira settings record's id (see app/jira/savedSettings). */
const JIRA_SETTINGS_ID = 'jira';

/**
 * Everything the finding register needs, in three store reads whatever the number of findings: the
 * programme settings, the areas (for names), and one `listMany` of audits, findings, tracked issues
 * and the Jira settings (for the due-date policy). No Jira call: statuses come from the mirror.
 */
export async function loadFindingRegisterSource(
  services: AppServices,
  config: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<{ source: FindingRegisterSource; period: FiguresPeriod }> {
  const settings = await currentProgrammeSettings(services);
  const period = figuresPeriod(settings, config, now);
  const [areas, records] = await Promise.all([
    services.store.list('auditableArea'),
    services.store.listMany(['audit', 'finding', 'trackedIssue', 'jiraSettings']),
  ]);
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
    duePolicy: records.jiraSettings.find((stored) => stored.id === JIRA_SETTINGS_ID)?.record ?? null,
    workingDays: settings.workingDays,
    period: { from: period.from, to: period.to },
    today: todayIn(settings.timeZone, now),
  };
  return { source, period };
}
