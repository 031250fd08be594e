import type { MacroView, ProgrammeScheduleView } from '../../../contract/review';
import { monthsOfCycle } from '../../../domain/programme/cycle';
import { addDays } from '../../../domain/calendar/calendarDate';
import { programmeSchedule, type ScheduleStatus } from '../../../domain/review/schedule/programmeSchedule';
import { paragraph, table, type AdfNode } from '../../pages/adf';
import { macroCycleAudits } from '../registers/macroCycle';
import type { MacroDefinition } from '../macroDefinition';

const statusWords: Record<ScheduleStatus, string> = {
  planned: 'Planned',
  inProgress: 'In progress',
  done: 'Done',
  late: 'Late',
  cancelled: 'Cancelled',
};

/**
 * The cycle's audits on a timeline: planned, in progress, done or late. One store read: a
 * `listMany` of the settings, audits and programmes. (A cancelled audit is deleted; its record
 * lives on in the audit trail, which this macro does not read, to stay within one statement.)
 */
export const programmeScheduleMacro: MacroDefinition<'programmeSchedule'> = {
  async compute(services, config, now) {
    const records = await services.store.listMany(['programmeSettings', 'audit', 'auditProgramme']);
    const shown = macroCycleAudits(records, config.cycleStart, now);
    if ('unavailable' in shown) return shown;
    const { today, cycle, audits } = shown;
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
