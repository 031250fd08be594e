import { doc, paragraph } from '../app/pages/adf';
import { exportMacro } from '../app/review/macros/exportMacro';
import type { MacroKind } from '../domain/review/macroKinds';
import { forgeServices } from './forgeServices';

interface AdfExportPayload {
  exportType?: string;
  extension?: { config?: unknown };
  context?: { extension?: { config?: unknown } };
}

/** The function context Forge passes beside the payload: who is exporting, when anyone is. */
interface AdfExportContext {
  principal?: { accountId?: unknown };
}

/** The exporting account from the platform's context (never from the payload, which the page carries). */
const exportingAccount = (context: AdfExportContext | undefined): string | undefined => {
  const accountId = context?.principal?.accountId;
  return typeof accountId === 'string' && accountId.length > 0 ? accountId : undefined;
};

/**
 * A review macro's `adfExport` (Confluence's PDF/Word export calls it once per macro instance, as
 * the user exporting). It never returns an empty document: no access, a config that does not
 * parse and a failure each print as a sentence saying so.
 */
function exportHandler(kind: MacroKind) {
  return async (payload: AdfExportPayload, context?: AdfExportContext) => {
    const config = payload?.extension?.config ?? payload?.context?.extension?.config;
    const accountId = exportingAccount(context);
    try {
      // The exporting user is the invoker: a user-view product call on this path reads as them.
      return await exportMacro(await forgeServices(accountId), accountId, kind, config);
    } catch (error) {
      console.error(`adfExport ${kind}: ${String(error)}`);
      return doc([
        paragraph('The audit app could not compute these figures for the export; open the page and export again.'),
      ]);
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
