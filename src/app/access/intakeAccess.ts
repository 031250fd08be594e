import { hasAccess } from '../../domain/access/appRole';
import { forbidden } from '../../domain/failure';
import { callerRoles } from './callerRoles';
import type { AppServices, Caller } from '../services';

/**
 * Who manages a nonconformity that no audit owns (an inspection observation, a complaint, an
 * incident): a programme manager or a lead auditor. An audit's own findings stay with that
 * audit's lead and the programme manager (see mayActOnAudit); here there is no audit to ask.
 */
export async function requireIntakeManager(services: AppServices, caller: Caller): Promise<void> {
  const roles = await callerRoles(services, caller.accountId);
  if (!hasAccess(roles, ['programmeManager', 'leadAuditor'])) {
    throw forbidden('Only a programme manager or a lead auditor may manage a nonconformity from outside an audit');
  }
}
