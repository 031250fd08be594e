import type { ReviewInputSection } from '../../../contract/review';
import type { CorrectiveActionRecord } from '../../../domain/actions/correctiveAction';
import type { AuditRecord } from '../../../domain/audits/auditPlan';
import { FindingGrade, findingGradeTitles, isNonconformity, type FindingRecord } from '../../../domain/audits/finding';
import type { StoredRecord } from '../../../ports/recordStore';
import type { MacroDefinition } from '../macroDefinition';
import { enteredPart, enteredStamp } from './enteredSections';
import { inputAdf } from './inputAdf';
import { objectiveFigures, objectivesSection } from './objectivesSection';
import { inRange, inputView, loadInputSource, section } from './inputSource';

type Period = { from: string; to: string };

export interface PerformanceFigures {
  findingsByGrade: Record<FindingGrade, number>;
  /** Nonconformities raised in the period: closed once each has actions and all are closed. */
  ncs: { raised: number; open: number; closed: number };
  /** Corrective actions: open now, closed in the period, open past their planned due date. */
  actions: { open: number; closedInPeriod: number; overdue: number };
  /** Audits planned to end in the period, and of those the ones reported (reporting or closed). */
  audits: { planned: number; done: number };
}

const capitalised = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** The performance figures of 9.3.2 d from the app's own records (pure: tested by hand-counted cases). */
export function performanceFigures(
  findings: Array<StoredRecord<FindingRecord>>,
  actions: Array<StoredRecord<CorrectiveActionRecord>>,
  audits: Array<StoredRecord<AuditRecord>>,
  period: Period,
  today: string,
): PerformanceFigures {
  const inPeriod = findings.filter((f) => inRange(f.record.raisedOn, period));
  const findingsByGrade = Object.fromEntries(
    FindingGrade.options.map((grade) => [grade, inPeriod.filter((f) => f.record.content.grade === grade).length]),
  ) as Record<FindingGrade, number>;
  const ncs = inPeriod.filter((f) => isNonconformity(f.record.content.grade));
  // Each finding's actions, gathered once (an action may answer several findings).
  const actionsOf = new Map<string, Array<StoredRecord<CorrectiveActionRecord>>>();
  for (const action of actions) {
    for (const findingId of new Set(action.record.findingIds)) {
      actionsOf.set(findingId, [...(actionsOf.get(findingId) ?? []), action]);
    }
  }
  const closedNc = (findingId: string) => {
    const its = actionsOf.get(findingId) ?? [];
    return its.length > 0 && its.every((a) => a.record.state === 'closed');
  };
  const closed = ncs.filter((f) => closedNc(f.id)).length;
  const open = actions.filter((a) => a.record.state !== 'closed');
  const plannedAudits = audits.filter((a) => inRange(a.record.plan.plannedEnd, period));
  return {
    findingsByGrade,
    ncs: { raised: ncs.length, open: ncs.length - closed, closed },
    actions: {
      open: open.length,
      closedInPeriod: actions.filter(
        (a) =>
          a.record.state === 'closed' && a.record.closedAt !== null && inRange(a.record.closedAt.slice(0, 10), period),
      ).length,
      overdue: open.filter((a) => a.record.plan !== null && a.record.plan.dueDate < today).length,
    },
    audits: {
      planned: plannedAudits.length,
      done: plannedAudits.filter((a) => a.record.state === 'reporting' || a.record.state === 'closed').length,
    },
  };
}

export function performanceSections(figures: PerformanceFigures): ReviewInputSection[] {
  const { findingsByGrade, ncs, actions, audits } = figures;
  return [
    section('Findings raised in the period', [], {
      columns: ['Grade', 'Findings'],
      rows: FindingGrade.options.map((g) => [capitalised(findingGradeTitles[g]), String(findingsByGrade[g])]),
    }),
    section(
      'Nonconformities and corrective actions',
      [
        `${ncs.raised} nonconformit${ncs.raised === 1 ? 'y' : 'ies'} raised in the period: ${ncs.closed} closed (every corrective action closed), ${ncs.open} open.`,
        `Corrective actions: ${actions.open} open now, of which ${actions.overdue} past their planned due date; ${actions.closedInPeriod} closed in the period.`,
      ],
      {
        columns: ['Figure', 'Count'],
        rows: [
          ['Nonconformities open', String(ncs.open)],
          ['Nonconformities closed', String(ncs.closed)],
          ['Corrective actions open', String(actions.open)],
          ['Corrective actions closed in the period', String(actions.closedInPeriod)],
          ['Corrective actions overdue', String(actions.overdue)],
        ],
      },
    ),
    section('Audit results', [
      audits.planned === 0
        ? 'No audit was planned to end in the period.'
        : `${audits.done} of ${audits.planned} audits planned to end in the period have reported (${Math.round((audits.done / audits.planned) * 100)}%).`,
    ]),
  ];
}

/**
 * 9.3.2 d: information security performance — the NC/CA and audit figures from the store, beside
 * the monitoring results the programme manager entered for the review, and the fulfilment of the
 * organisation's objectives (computed where a KPI measures them, entered where not).
 */
export const performanceMacro: MacroDefinition<'performance'> = {
  async compute(services, config, now) {
    const source = await loadInputSource(services, config, now, [
      'finding',
      'correctiveAction',
      'audit',
      'reviewInput',
      'securityObjective',
    ] as const);
    if ('unavailable' in source) return source;
    const { finding, correctiveAction, audit, reviewInput, securityObjective } = source.records;
    const figures = performanceFigures(finding, correctiveAction, audit, source.period, source.today);
    const entered = enteredPart('performance', source.review, reviewInput);
    return inputView(
      'performance',
      source,
      'mixed',
      [
        ...performanceSections(figures),
        ...entered.sections,
        objectivesSection(securityObjective, await objectiveFigures(services, securityObjective, source.period, now)),
      ],
      enteredStamp(entered.stored),
    );
  },
  toAdf: inputAdf,
};
