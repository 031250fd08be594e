import { pendingMacro } from './pendingMacro';

export const programmeScheduleMacro = pendingMacro('programmeSchedule');
