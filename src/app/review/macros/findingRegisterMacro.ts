import { pendingMacro } from './pendingMacro';

export const findingRegisterMacro = pendingMacro('findingRegister');
