import { pendingMacro } from './pendingMacro';

export const kpiTilesMacro = pendingMacro('kpiTiles');
