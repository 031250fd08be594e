import { addMonths } from '../../src/domain/calendar/calendarDate';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { demoUsers } from '../site/users';
import { seedCall } from './seedCall';

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = id('Aoife Brennan');

/**
 * The targets the demo company's top management agreed for its KPIs: stricter than the app's
 * suggestion on corrective-action effectiveness, none on repeat findings or closure time yet, so
 * the tiles show every state (on, within tolerance, off target, no target set).
 */
const targets = [
  { kpi: 'auditsOnSchedule', direction: 'atLeast', target: 90, tolerance: 10 },
  { kpi: 'coverage', direction: 'atLeast', target: 80, tolerance: 10 },
  { kpi: 'overdueCas', direction: 'atMost', target: 0, tolerance: 2 },
  { kpi: 'caEffectiveness', direction: 'atLeast', target: 85, tolerance: 5 },
  { kpi: 'trainingCompletion', direction: 'atLeast', target: 95, tolerance: 5 },
  { kpi: 'incidents', direction: 'atMost', target: 24, tolerance: 6 },
];

/** Objectives (6.2) for the cycle: three measured by the app's KPIs, two the ISMS manager reports on. */
function objectives(cycleStart: string) {
  const cycleEnd = addMonths(cycleStart, 12);
  return [
    {
      title: 'Every member of staff completes the annual security and data-integrity training',
      measure: {
        kind: 'kpi',
        kpi: 'trainingCompletion',
        level: { direction: 'atLeast', target: 95, tolerance: 5 },
      },
      ownerId: id('Grace Okafor'),
      dueDate: cycleEnd,
      status: 'inProgress',
    },
    {
      title: 'Corrective actions fix the cause the first time',
      measure: { kind: 'kpi', kpi: 'caEffectiveness', level: { direction: 'atLeast', target: 85, tolerance: 5 } },
      ownerId: id('Rahul Mehta'),
      dueDate: cycleEnd,
      status: 'inProgress',
    },
    {
      title: 'Audit every in-scope clause and Annex A control within the cycle',
      measure: { kind: 'kpi', kpi: 'coverage', level: { direction: 'atLeast', target: 100, tolerance: 10 } },
      ownerId: manager,
      dueDate: cycleEnd,
      status: 'inProgress',
    },
    {
      title: 'Restore the LIMS from backup within four hours',
      measure: {
        kind: 'entered',
        description: 'Time to restore in the half-yearly restore test with the LIMS vendor',
        target: 'At most 4 hours',
        result: 'First test: 5 h 10 min; the second test is planned with the vendor',
      },
      ownerId: id('Tomasz Nowak'),
      dueDate: addMonths(cycleStart, 9),
      status: 'notAchieved',
    },
    {
      title: 'Review privileged access to GxP systems every quarter',
      measure: {
        kind: 'entered',
        description: 'Quarterly access reviews completed and signed for the LIMS, eQMS and MES',
        target: 'Four reviews a year for each system',
        result: '',
      },
      ownerId: id('Sofia Lindqvist'),
      dueDate: cycleEnd,
      status: 'planned',
    },
  ];
}

/**
 * Issue 19: the organisation's KPI targets and information-security objectives, set by the
 * programme manager through the app's own resolvers (so the trail shows them).
 */
export async function seedObjectives(platform: SandboxPlatform, cycleStart: string): Promise<void> {
  await seedCall(
    platform,
    'saveKpiTargets',
    { targets, expectedVersion: 0, reason: 'KPI targets agreed by top management for the cycle' },
    manager,
  );
  for (const objective of objectives(cycleStart)) {
    await seedCall(
      platform,
      'saveSecurityObjective',
      { objective, expectedVersion: 0, reason: 'Objective set for the cycle' },
      manager,
    );
  }
}
