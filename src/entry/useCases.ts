import { getSession } from '../app/access/getSession';
import { listRoleAssignments, setUserRoles } from '../app/access/roleAssignments';
import { getProgrammeSettings, updateProgrammeSettings } from '../app/programme/programmeSettings';
import type { AppServices, Caller } from '../app/services';
import { verifyAuditTrail } from '../app/trail/verifyAuditTrail';
import { exportAuditTrail, listAuditTrail } from '../app/trail/trailQueries';
import { exportProgrammeRecord } from '../app/records/exportProgrammeRecord';
import { getSigningStatus, resetPassphrase, setPassphrase } from '../app/signing/passphrase';
import { listSignatures, signRecord } from '../app/signing/signatures';
import { listAuditableAreas, saveAuditableArea } from '../app/areas/auditableAreas';
import type { ParsedInput, ResolverName, ResolverOutput } from '../contract/resolvers';

type UseCase<K extends ResolverName> = (
  services: AppServices,
  caller: Caller,
  input: ParsedInput<K>,
) => Promise<ResolverOutput<K>>;

/** Which use case answers which resolver: routing only, no rules. */
export const useCases: { [K in ResolverName]: UseCase<K> } = {
  getSession: (services, caller) => getSession(services, caller),
  getProgrammeSettings: (services) => getProgrammeSettings(services),
  updateProgrammeSettings: (services, caller, input) => updateProgrammeSettings(services, caller, input),
  listRoleAssignments: (services) => listRoleAssignments(services),
  setUserRoles: (services, caller, input) => setUserRoles(services, caller, input),
  verifyAuditTrail: (services) => verifyAuditTrail(services.trail),
  listAuditTrail: (services, _caller, input) => listAuditTrail(services, input),
  exportAuditTrail: (services, _caller, input) => exportAuditTrail(services, input),
  exportProgrammeRecord: (services, caller) => exportProgrammeRecord(services, caller),
  getSigningStatus: (services, caller) => getSigningStatus(services, caller),
  setSigningPassphrase: (services, caller, input) => setPassphrase(services, caller, input),
  resetSigningPassphrase: async (services, caller, input) => {
    await resetPassphrase(services, caller, input);
    return { reset: true as const };
  },
  signRecord: (services, caller, input) => signRecord(services, caller, input),
  listSignatures: (services, _caller, input) => listSignatures(services, input),
  listAuditableAreas: (services) => listAuditableAreas(services),
  saveAuditableArea: (services, caller, input) => saveAuditableArea(services, caller, input),
};
