import type { MacroData } from '../../../contract/review';
import { MacroKind, macroTitles } from '../../../domain/review/macroKinds';
import type { AppServices } from '../../services';
import { bulletList, doc, heading, panel, paragraph, strong, text, type AdfNode } from '../adf';
import { computeMacroData, snapshotKey } from './macroData';
import { macroDefinitions } from './macroDefinitions';

/**
 * A snapshot younger than this is what the reader saw moments ago (Confluence's export follows a
 * page view): it is printed with one read. Older ones are computed again, so a page exported days
 * after anyone looked at it still prints today's figures.
 */
export const snapshotFreshMinutes = 15;

function isMacroData(value: unknown, macro: MacroKind): value is MacroData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as { status?: unknown; macro?: unknown };
  return (data.status === 'ready' || data.status === 'unavailable') && data.macro === macro;
}

function freshEnough(data: MacroData, now: Date): boolean {
  if (data.status !== 'ready') return false;
  const age = now.getTime() - Date.parse(data.computedAt);
  return age >= 0 && age <= snapshotFreshMinutes * 60_000;
}

/** How a macro prints: its figures as tables and text, or the reason it has none. */
export function macroAdf(data: MacroData): AdfNode[] {
  if (data.status === 'unavailable') {
    return [
      panel('warning', [
        paragraph(strong(`${macroTitles[data.macro]}: `), text(data.reason)),
        paragraph(data.fix),
        ...(data.problems.length > 0 ? [bulletList(data.problems.map((p) => `${p.field}: ${p.message}`))] : []),
      ]),
    ];
  }
  const definition = macroDefinitions[data.macro] as (typeof macroDefinitions)[MacroKind];
  return [
    heading(3, macroTitles[data.macro]),
    ...definition.toAdf(data.view),
    paragraph(text(`Figures computed by the ISO 27001 audit app at ${data.computedAt} (UTC).`, [{ type: 'em' }])),
  ];
}

/**
 * A macro's `adfExport`: the figures of its last render when fresh (one snapshot read, no SQL),
 * else computed now from the store. Always a complete, readable ADF document.
 */
export async function exportMacro(services: AppServices, macro: MacroKind, config: Record<string, unknown>) {
  const now = services.clock.now();
  const snapshot = await services.snapshots.get(snapshotKey(macro, config));
  const data =
    isMacroData(snapshot, macro) && freshEnough(snapshot, now)
      ? snapshot
      : await computeMacroData(services, macro, config, now);
  return doc(macroAdf(data));
}

export { MacroKind };
