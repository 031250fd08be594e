import type { MacroChoices } from '../../contract/review';
import { cycleContaining, cycleWindow, type CycleWindow } from '../../domain/programme/cycle';
import { todayIn } from '../../domain/calendar/timeZone';
import { programmeSettingsAmong } from '../programme/programmeSettings';
import type { AppServices } from '../services';

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/**
 * What a macro config panel offers to choose from: every audit (of any cycle, newest first), the
 * areas, the management reviews (newest first) and the cycles — those with a saved programme plus
 * the current one. One store read (a `listMany`), no Jira call. A cycle's `end` is exclusive (the next cycle's
 * first day), as everywhere a cycle window travels.
 */
export async function listMacroChoices(services: AppServices): Promise<MacroChoices> {
  const now = services.clock.now();
  const records = await services.store.listMany([
    'programmeSettings',
    'auditableArea',
    'audit',
    'managementReview',
    'auditProgramme',
  ]);
  const settings = programmeSettingsAmong(records.programmeSettings, now);
  const areas = records.auditableArea;
  const current = cycleContaining(settings, todayIn(settings.timeZone, now));
  const cycles = new Map<string, CycleWindow>([[current.start, current]]);
  for (const { record } of records.auditProgramme) {
    if (!cycles.has(record.cycleStart)) cycles.set(record.cycleStart, cycleWindow(record));
  }
  return {
    audits: [...records.audit]
      .sort(
        (a, b) =>
          b.record.plan.plannedStart.localeCompare(a.record.plan.plannedStart) ||
          byText(a.record.plan.title, b.record.plan.title),
      )
      .map(({ id, record }) => ({ id, title: record.plan.title })),
    areas: areas.map(({ id, record }) => ({ id, name: record.name })).sort((a, b) => byText(a.name, b.name)),
    reviews: [...records.managementReview]
      .sort(
        (a, b) => b.record.period.from.localeCompare(a.record.period.from) || byText(a.record.title, b.record.title),
      )
      .map(({ id, record }) => ({ id, title: record.title, from: record.period.from, to: record.period.to })),
    cycles: [...cycles.values()].sort((a, b) => b.start.localeCompare(a.start)),
  };
}
