import type { MacroView, ProgrammeScheduleView } from '../../../contract/review';
import { programmeIdFor } from '../../../domain/programme/auditProgramme';
import { monthsOfCycle } from '../../../domain/programme/rules/cycle';
import { addDays, todayIn } from '../../../domain/programme/rules/dates';
import { programmeSchedule, type ScheduleStatus } from '../../../domain/review/schedule/programmeSchedule';
import { paragraph, table, type AdfNode } from '../adf';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import { cancelledAudits } from '../registers/cancelledAudits';
import { macroCycle } from '../registers/macroCycle';
import { unavailable, type MacroDefinition } from './macroDefinition';

const statusWords: Record<ScheduleStatus, string> = {
  planned: 'Planned',
  inProgress: 'In progress',
  done: 'Done',
  late: 'Late',
  cancelled: 'Cancelled',
};

/**
 * The cycle's audits on a timeline: planned, in progress, done or late, and the cancelled ones
 * (read back from the trail, since cancelling removes the audit). Three store reads: the settings,
 * one `listMany` of audits and programmes, and the trail's audit deletions.
 */
export const programmeScheduleMacro: MacroDefinition<'programmeSchedule'> = {
  async compute(services, config, now) {
    const settings = await currentProgrammeSettings(services);
    const today = todayIn(settings.timeZone, now);
    const cycle = macroCycle(settings, config.cycleStart, today);
    if ('unavailable' in cycle) return cycle;
    const records = await services.store.listMany(['audit', 'auditProgramme']);
    const programmeId = programmeIdFor(cycle.start);
    const audits = records.audit.filter((audit) => audit.record.programmeId === programmeId);
    const cancelled = await cancelledAudits(services, programmeId, new Set(audits.map((a) => a.id)), settings.timeZone);
    if (audits.length + cancelled.length === 0 && !records.auditProgramme.some((p) => p.id === programmeId)) {
      return unavailable(
        `There is no audit programme for the cycle ${cycle.start} to ${addDays(cycle.end, -1)}`,
        'Save the programme of this cycle and plan its audits on the programme page',
      );
    }
    const view: ProgrammeScheduleView = {
      macro: 'programmeSchedule',
      cycle,
      today,
      months: monthsOfCycle(cycle).map((month) => month.label),
      audits: programmeSchedule(
        [
          ...audits.map(({ id, record }) => ({
            auditId: id,
            title: record.plan.title,
            state: record.state,
            plannedStart: record.plan.plannedStart,
            plannedEnd: record.plan.plannedEnd,
            reportedOn: record.reportedOn,
          })),
          ...cancelled,
        ],
        today,
      ),
    };
    return view;
  },

  toAdf(view: MacroView): AdfNode[] {
    if (view.macro !== 'programmeSchedule') return [];
    const { cycle, today, audits } = view;
    const count = (status: ScheduleStatus) => audits.filter((audit) => audit.status === status).length;
    const summary = paragraph(
      `Cycle ${cycle.start} to ${addDays(cycle.end, -1)}, as of ${today}: ${audits.length} audits — ` +
        (Object.keys(statusWords) as ScheduleStatus[])
          .map((status) => `${count(status)} ${statusWords[status].toLowerCase()}`)
          .join(', ') +
        '.',
    );
    if (audits.length === 0) return [summary];
    return [
      summary,
      table(
        ['Audit', 'Planned start', 'Planned end', 'Status', 'Reported on', 'Note'],
        audits.map((audit) => [
          audit.title,
          audit.plannedStart,
          audit.plannedEnd,
          statusWords[audit.status],
          audit.reportedOn ?? '—',
          audit.note,
        ]),
      ),
    ];
  },
};
