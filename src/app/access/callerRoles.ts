import type { AppRole } from '../../domain/access/appRole';
import type { AppServices } from '../services';

export async function callerRoles(services: AppServices, accountId: string): Promise<AppRole[]> {
  const stored = await services.store.get('userRoles', accountId);
  return stored ? stored.record.roles : [];
}

export async function programmeManagers(services: AppServices): Promise<string[]> {
  const all = await services.store.list('userRoles');
  return all.filter((entry) => entry.record.roles.includes('programmeManager')).map((entry) => entry.id);
}
