import type { MacroKind } from '../../../src/contract/review';

/**
 * Which review macro a frame is, from its manifest module key (`view.getContext().moduleKey`). A
 * copy of `macroModuleKeys` in src/domain/review/macroKinds.ts, because the UI may only import types
 * from src/: `satisfies` makes a new kind fail the type check until it is added here, and
 * test/unit/static/reviewMacroModules.test.ts checks every key and title equals the domain's.
 */
export const macroSurfaces = {
  kpiTiles: { moduleKey: 'review-kpi-tiles', title: 'ISMS audit KPIs' },
  findingRegister: { moduleKey: 'review-finding-register', title: 'Finding register' },
  coverageHeatMap: { moduleKey: 'review-coverage-heat-map', title: 'Coverage heat-map' },
  caAgeing: { moduleKey: 'review-ca-ageing', title: 'Corrective-action ageing' },
  programmeSchedule: { moduleKey: 'review-programme-schedule', title: 'Audit programme schedule' },
  trendChart: { moduleKey: 'review-trend-chart', title: 'Findings and closure trend' },
  previousActions: { moduleKey: 'review-input-previous-actions', title: 'Review input: previous actions' },
  issuesChanges: { moduleKey: 'review-input-issues-changes', title: 'Review input: internal and external issues' },
  interestedPartiesNeeds: {
    moduleKey: 'review-input-interested-parties',
    title: "Review input: interested parties' needs",
  },
  performance: { moduleKey: 'review-input-performance', title: 'Review input: security performance' },
  interestedPartyFeedback: { moduleKey: 'review-input-feedback', title: 'Review input: interested-party feedback' },
  riskTreatment: { moduleKey: 'review-input-risk-treatment', title: 'Review input: risk assessment and treatment' },
  improvementOpportunities: { moduleKey: 'review-input-improvement', title: 'Review input: improvement opportunities' },
} as const satisfies Record<MacroKind, { moduleKey: string; title: string }>;

export const figuresMacros = [
  'kpiTiles',
  'findingRegister',
  'coverageHeatMap',
  'caAgeing',
  'programmeSchedule',
  'trendChart',
] as const satisfies readonly MacroKind[];

export type FiguresMacro = (typeof figuresMacros)[number];

export function isFiguresMacro(kind: MacroKind): kind is FiguresMacro {
  return (figuresMacros as readonly string[]).includes(kind);
}

/** The macro a module key names, or null for a module this surface does not render. */
export function macroKindOfModule(moduleKey: string | undefined): MacroKind | null {
  const found = (Object.keys(macroSurfaces) as MacroKind[]).find((kind) => macroSurfaces[kind].moduleKey === moduleKey);
  return found ?? null;
}
