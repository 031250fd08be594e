import type { MacroData } from '../../../contract/review';
import { parseMacroConfig } from '../../../domain/review/macroConfig';
import { macroTitles, type MacroKind } from '../../../domain/review/macroKinds';
import type { AppServices } from '../../services';
import { bulletList, doc, heading, panel, paragraph, strong, text, type AdfNode } from '../../pages/adf';
import { mayReadMacroFigures } from './macroAccess';
import { computeValidMacroData, configUnavailable } from './macroData';
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

/** What a macro prints for someone the app does not let see its figures. */
export function withheldAdf(macro: MacroKind): AdfNode[] {
  return [
    panel('warning', [
      paragraph(strong(`${macroTitles[macro]}: `), text('Figures withheld: no access.')),
      paragraph(
        'Only people with a role in the ISO 27001 audit app see these figures, and the person exporting ' +
          'this page has none. A programme manager can grant roles.',
      ),
    ]),
  ];
}

/**
 * A macro's `adfExport`, as the account exporting the page: nothing but a "withheld" panel unless
 * that account may see the figures (the `getMacroData` rule), then the config's problems if it
 * does not parse, else the figures of its last render when recent (Confluence's export follows a
 * page view: one snapshot read, no SQL for the figures), else computed now from the store, so a
 * page exported long after anyone looked at it still prints current figures. Always a complete
 * ADF document.
 */
export async function exportMacro(
  services: AppServices,
  accountId: string | undefined,
  macro: MacroKind,
  config: unknown,
) {
  if (!(await mayReadMacroFigures(services, accountId))) return doc(withheldAdf(macro));
  const now = services.clock.now();
  const parsed = parseMacroConfig(macro, config);
  if (!parsed.ok) return doc(macroAdf(configUnavailable(macro, parsed.problems)));
  const snapshot = await readSnapshot(services.snapshots, macro, parsed, now);
  const data =
    snapshot && isFresh(snapshot.data, now)
      ? snapshot.data
      : await computeValidMacroData(services, macro, parsed.config, now);
  return doc(macroAdf(data));
}
