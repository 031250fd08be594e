import type { CaAgeingItem, CaAgeingView } from '../../../contract/review';
import { hasIssue, trackedIssueId } from '../../../domain/jira/trackedIssue';
import { findingGradeTitles } from '../../../domain/audits/finding';
import { todayIn } from '../../../domain/calendar/timeZone';
import { ageBuckets, ageingGrid, ageingGradeOf, agedOpenActions } from '../../../domain/review/kpis/caAgeing';
import { printedName } from '../../../domain/people/printedName';
import { heading, paragraph, table } from '../../pages/adf';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { MacroDefinition } from '../macroDefinition';

const gradeWords = { majorNC: 'Major NC', minorNC: 'Minor NC', other: 'Other' };
/** The step an open action waits for, as the printed list says it. */
const stepWords: Record<string, string> = {
  rootCause: 'root-cause analysis',
  extent: 'extent',
  plan: 'action plan',
  implementation: 'implementation',
  verification: 'effectiveness verification',
};

/**
 * Open corrective actions by age and grade, and the list of them, overdue first. One store
 * statement and no Jira call — so no directory lookup either (it asks Jira): the plan owner's name
 * is the one stored with the plan when it was recorded (null before an action has a plan).
 */
/** At most this many open actions are listed by name (a review reads the oldest and most overdue). */
const listedActions = 200;

export const caAgeingMacro: MacroDefinition<'caAgeing'> = {
  async compute(services, config, now) {
    const all = await services.store.listMany(['programmeSettings', 'finding', 'correctiveAction', 'trackedIssue']);
    const settings = programmeSettingsAmong(all.programmeSettings, now);
    const today = todayIn(settings.timeZone, now);
    const issues = new Map(all.trackedIssue.map((t) => [t.id, t.record]));
    const aged = agedOpenActions(all.correctiveAction, all.finding, today, settings.timeZone).filter(
      (item) => config.grade === undefined || ageingGradeOf(item.grade) === config.grade,
    );
    const buckets = ageBuckets(config.buckets);
    const items: CaAgeingItem[] = aged.map((item) => {
      const tracked = issues.get(trackedIssueId('correctiveAction', item.id));
      return {
        correctiveActionId: item.id,
        title: item.action.title,
        grade: item.grade,
        state: item.action.state,
        openedOn: item.openedOn,
        ageDays: item.ageDays,
        dueDate: item.dueDate,
        overdue: item.daysOverdue > 0,
        daysOverdue: item.daysOverdue,
        ownerName: item.action.plan ? printedName(item.action.plan.ownerName, item.action.plan.ownerId) : null,
        issueKey: tracked && hasIssue(tracked.state) ? (tracked.issue?.key ?? null) : null,
      };
    });
    // The grid counts every open action; the list shows the first `listedActions` (overdue first),
    // which keeps the page readable and the snapshot within KVS's 240 KiB. The CSV register has all.
    return {
      macro: 'caAgeing',
      today,
      buckets,
      grid: ageingGrid(aged, buckets),
      items: items.slice(0, listedActions),
    } satisfies CaAgeingView;
  },

  toAdf(view) {
    if (view.macro !== 'caAgeing') return [];
    const grid = table(
      ['Grade', ...view.buckets.map((b) => b.label), 'Total'],
      view.grid.map((row) => [
        gradeWords[row.grade],
        ...row.counts.map(String),
        String(row.counts.reduce((a, b) => a + b, 0)),
      ]),
    );
    if (view.items.length === 0) {
      return [grid, paragraph(`No corrective action is open on ${view.today}.`)];
    }
    return [
      grid,
      heading(4, `Open corrective actions on ${view.today}, overdue first`),
      table(
        ['Action', 'Plan owner', 'Grade', 'Waits for', 'Opened', 'Age (days)', 'Due', 'Days overdue', 'Jira'],
        view.items.map((item) => [
          item.title,
          item.ownerName ?? 'No plan yet',
          item.grade === null ? '—' : findingGradeTitles[item.grade],
          stepWords[item.state] ?? item.state,
          item.openedOn,
          String(item.ageDays),
          item.dueDate ?? '—',
          item.overdue ? String(item.daysOverdue) : '—',
          item.issueKey ?? '—',
        ]),
      ),
    ];
  },
};
