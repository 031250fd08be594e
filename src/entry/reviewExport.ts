import { exportMacro } from '../app/review/macros/exportMacro';
import type { MacroKind } from '../domain/review/macroKinds';
import { forgeServices } from './forgeServices';

interface AdfExportPayload {
  exportType?: string;
  extension?: { config?: unknown };
  context?: { extension?: { config?: unknown } };
}

const asConfig = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * A review macro's `adfExport` (Confluence's PDF/Word export calls it once per macro instance).
 * It never returns an empty document: a failure prints as a sentence saying so.
 */
function exportHandler(kind: MacroKind) {
  return async (payload: AdfExportPayload) => {
    const config = asConfig(payload?.extension?.config ?? payload?.context?.extension?.config);
    try {
      return await exportMacro(await forgeServices(), kind, config);
    } catch (error) {
      console.error(`adfExport ${kind}: ${String(error)}`);
      return {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'The audit app could not compute these figures for the export; open the page and export again.',
              },
            ],
          },
        ],
      };
    }
  };
}

export const kpiTiles = exportHandler('kpiTiles');
export const findingRegister = exportHandler('findingRegister');
export const coverageHeatMap = exportHandler('coverageHeatMap');
export const caAgeing = exportHandler('caAgeing');
export const programmeSchedule = exportHandler('programmeSchedule');
export const trendChart = exportHandler('trendChart');
export const previousActions = exportHandler('previousActions');
export const issuesChanges = exportHandler('issuesChanges');
export const interestedPartiesNeeds = exportHandler('interestedPartiesNeeds');
export const performance = exportHandler('performance');
export const interestedPartyFeedback = exportHandler('interestedPartyFeedback');
export const riskTreatment = exportHandler('riskTreatment');
export const improvementOpportunities = exportHandler('improvementOpportunities');
