import { pendingMacro } from './pendingMacro';

export const coverageHeatMapMacro = pendingMacro('coverageHeatMap');
