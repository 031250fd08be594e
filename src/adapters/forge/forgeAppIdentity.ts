import { getAppContext } from '@forge/api';
import type { AppIdentity } from '../../ports/appIdentity';

/** The running app and environment, from the Forge runtime (read per call: it is per invocation). */
export function forgeAppIdentity(): AppIdentity {
  const context = getAppContext();
  return {
    appId: context.appAri.appId,
    environmentId: context.environmentAri.environmentId,
    environmentType: context.environmentType,
  };
}
