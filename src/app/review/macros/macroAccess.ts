import { resolverContract } from '../../../contract/resolvers';
import { hasAccess } from '../../../domain/access/appRole';
import { callerRoles } from '../../access/callerRoles';
import type { AppServices } from '../../services';

/**
 * Whether an account may see review macro figures, by the one rule the `getMacroData` resolver
 * applies (its contract row's access, checked against the caller's app roles). The PDF/Word
 * export asks this too, so printing a page shows no more than viewing it would; no account, no
 * figures.
 */
export async function mayReadMacroFigures(services: AppServices, accountId: string | undefined): Promise<boolean> {
  if (!accountId) return false;
  return hasAccess(await callerRoles(services, accountId), resolverContract.getMacroData.access);
}
