import { catalogue } from '../catalogue/catalogue';
import { isoSetId } from './criterionRef';

/**
 * The built-in criteria set: the ISO/IEC 27001:2022 catalogue. Amendment 1:2024 changed no numbering;
 * it added the climate-change consideration to clauses 4.1 and 4.2, and the catalogue's guidance for
 * those two clauses asks about it (catalogue/clauses.ts), so those are the points marked here.
 */
export const isoSetTitle = 'ISO/IEC 27001:2022';

export interface AmendmentPoint {
  itemId: string;
  amendment: string;
  note: string;
}

export const isoAmendmentPoints: readonly AmendmentPoint[] = Object.freeze([
  {
    itemId: '4.1',
    amendment: 'Amd 1:2024',
    note: 'Whether climate change is a relevant issue for the ISMS',
  },
  {
    itemId: '4.2',
    amendment: 'Amd 1:2024',
    note: 'Interested parties may have requirements related to climate change',
  },
]);

export const isoSetSummary = {
  id: isoSetId,
  title: isoSetTitle,
  sourceNote: 'Built in: clauses 4–10 and the 93 Annex A controls, with the climate-change points of Amd 1:2024',
  requirementCount: catalogue.length,
} as const;
