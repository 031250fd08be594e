import { pendingMacro } from './pendingMacro';

export const trendChartMacro = pendingMacro('trendChart');
