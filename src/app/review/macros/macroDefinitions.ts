import type { MacroKind } from '../../../domain/review/macroKinds';
import { caAgeingMacro } from './caAgeingMacro';
import { coverageHeatMapMacro } from './coverageHeatMapMacro';
import { findingRegisterMacro } from './findingRegisterMacro';
import { kpiTilesMacro } from './kpiTilesMacro';
import type { MacroDefinition } from '../macroDefinition';
import { programmeScheduleMacro } from './programmeScheduleMacro';
import { reviewInputMacros } from './reviewInputMacros';
import { trendChartMacro } from './trendChartMacro';

/** Every review macro's definition, by kind. */
export const macroDefinitions: { [K in MacroKind]: MacroDefinition<K> } = {
  kpiTiles: kpiTilesMacro,
  findingRegister: findingRegisterMacro,
  coverageHeatMap: coverageHeatMapMacro,
  caAgeing: caAgeingMacro,
  programmeSchedule: programmeScheduleMacro,
  trendChart: trendChartMacro,
  ...reviewInputMacros,
};
