import type { MacroData } from '../../../contract/review';
import { macroTitles, type MacroKind } from '../../../domain/review/macroKinds';
import type { AppServices } from '../../services';
import { bulletList, doc, heading, panel, paragraph, strong, text, type AdfNode } from '../adf';
import { computeMacroData } from './macroData';
import { macroDefinitions } from './macroDefinitions';
import { isFresh, readSnapshot } from './macroSnapshot';

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
 * A macro's `adfExport`: the figures of its last render when recent (Confluence's export follows
 * a page view: one snapshot read, no SQL), else computed now from the store, so a page exported
 * long after anyone looked at it still prints current figures. Always a complete ADF document.
 */
export async function exportMacro(services: AppServices, macro: MacroKind, config: Record<string, unknown>) {
  const now = services.clock.now();
  const snapshot = await readSnapshot(services.snapshots, macro, config);
  const data =
    snapshot && isFresh(snapshot.data, now) ? snapshot.data : await computeMacroData(services, macro, config, now);
  return doc(macroAdf(data));
}
