import type { MacroChoices } from '../../contract/review';
import type { AppServices } from '../services';

/** What a macro config panel offers to choose from. */
export async function listMacroChoices(_services: AppServices): Promise<MacroChoices> {
  return { audits: [], areas: [], reviews: [], cycles: [] };
}
