import { pendingMacro } from './pendingMacro';

export const caAgeingMacro = pendingMacro('caAgeing');
