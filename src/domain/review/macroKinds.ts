import { z } from 'zod';
import { ReviewInputKind } from './reviewInputs';

/** Every review macro: six figures macros and one per 9.3.2 input. */
export const MacroKind = z.enum([
  'kpiTiles',
  'findingRegister',
  'coverageHeatMap',
  'caAgeing',
  'programmeSchedule',
  'trendChart',
  ...ReviewInputKind.options,
]);
export type MacroKind = z.infer<typeof MacroKind>;

export const isReviewInputMacro = (kind: MacroKind): kind is ReviewInputKind =>
  (ReviewInputKind.options as readonly string[]).includes(kind);

/**
 * The manifest's `macro` module key of each macro, and its `adfExport` function key. Kept in one
 * place: the manifest test checks every kind has both, and the review template writes these keys.
 */
export const macroModuleKeys: Record<MacroKind, string> = {
  kpiTiles: 'review-kpi-tiles',
  findingRegister: 'review-finding-register',
  coverageHeatMap: 'review-coverage-heat-map',
  caAgeing: 'review-ca-ageing',
  programmeSchedule: 'review-programme-schedule',
  trendChart: 'review-trend-chart',
  previousActions: 'review-input-previous-actions',
  issuesChanges: 'review-input-issues-changes',
  interestedPartiesNeeds: 'review-input-interested-parties',
  performance: 'review-input-performance',
  interestedPartyFeedback: 'review-input-feedback',
  riskTreatment: 'review-input-risk-treatment',
  improvementOpportunities: 'review-input-improvement',
};

/** The `adfExport` function of each macro (Forge function keys are at most 23 characters). */
export const macroExportFunctionKeys: Record<MacroKind, string> = {
  kpiTiles: 'mx-kpi-tiles',
  findingRegister: 'mx-finding-register',
  coverageHeatMap: 'mx-coverage-heat-map',
  caAgeing: 'mx-ca-ageing',
  programmeSchedule: 'mx-programme-schedule',
  trendChart: 'mx-trend-chart',
  previousActions: 'mx-in-previous-actions',
  issuesChanges: 'mx-in-issues-changes',
  interestedPartiesNeeds: 'mx-in-party-needs',
  performance: 'mx-in-performance',
  interestedPartyFeedback: 'mx-in-party-feedback',
  riskTreatment: 'mx-in-risk-treatment',
  improvementOpportunities: 'mx-in-improvement',
};

export function macroKindOfModule(moduleKey: string): MacroKind | null {
  const found = (Object.entries(macroModuleKeys) as Array<[MacroKind, string]>).find(([, key]) => key === moduleKey);
  return found ? found[0] : null;
}

export const macroTitles: Record<MacroKind, string> = {
  kpiTiles: 'ISMS audit KPIs',
  findingRegister: 'Finding register',
  coverageHeatMap: 'Coverage heat-map',
  caAgeing: 'Corrective-action ageing',
  programmeSchedule: 'Audit programme schedule',
  trendChart: 'Findings and closure trend',
  previousActions: 'Review input: previous actions',
  issuesChanges: 'Review input: internal and external issues',
  interestedPartiesNeeds: "Review input: interested parties' needs",
  performance: 'Review input: security performance',
  interestedPartyFeedback: 'Review input: interested-party feedback',
  riskTreatment: 'Review input: risk assessment and treatment',
  improvementOpportunities: 'Review input: improvement opportunities',
};
