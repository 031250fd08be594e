import { getSession } from '../app/access/getSession';
import { listRoleAssignments, setUserRoles } from '../app/access/roleAssignments';
import { getProgrammeSettings, updateProgrammeSettings } from '../app/programme/programmeSettings';
import type { AppServices, Caller } from '../app/services';
import { verifyAuditTrail } from '../app/trail/verifyAuditTrail';
import { startFullVerification, fullVerificationProgress } from '../app/trail/verificationJob';
import { exportAuditTrail, listAuditTrail } from '../app/trail/trailQueries';
import { exportProgrammeRecord } from '../app/records/exportProgrammeRecord';
import { downloadExportPart, exportProgress, startRecordExport, startTrailExport } from '../app/records/exportJobs';
import { getSigningStatus, resetSigningPassphrase, setSigningPassphrase } from '../app/signing/passphrase';
import { listSignatures } from '../app/signing/signatures';
import { signPrintedRecord } from '../app/signing/printedSignatures';
import { listAuditableAreas, saveAuditableArea } from '../app/areas/auditableAreas';
import { getCatalogue } from '../app/catalogue/getCatalogue';
import { getStatementOfApplicability, saveSoaEntry } from '../app/soa/statementOfApplicability';
import { exportStatementOfApplicability, importStatementOfApplicability } from '../app/soa/soaCsv';
import { exportAuditableAreas, importAuditableAreas } from '../app/areas/areasCsv';
import { getAuditProgramme, saveAuditProgramme } from '../app/programme/auditProgramme';
import { adoptProposedSchedule } from '../app/programme/schedule';
import { proposeScheduleWithRequiredAudits } from '../app/programme/requiredAuditsView';
import { getCoverage } from '../app/programme/coverage';
import { getCriteriaSet, importCriteriaSet, listCriteriaSets, saveCriteriaSet } from '../app/criteria/criteriaSets';
import { getCriteriaCoverage } from '../app/criteria/criteriaCoverage';
import { getAudit, listAudits } from '../app/audits/auditQueries';
import { cancelAudit, saveAuditPlan } from '../app/audits/auditPlans';
import { moveAudit } from '../app/audits/auditStates';
import { overrideImpartiality } from '../app/audits/impartialityOverrides';
import { saveChecklistLine } from '../app/audits/checklist';
import { listFindings, recordFinding } from '../app/audits/findings';
import { acknowledgeAuditPlan, recordAuditMeeting } from '../app/audits/auditStepActions';
import { reviseFinding } from '../app/audits/findingRevisions';
import { recordNonconformity } from '../app/intake/recordNonconformity';
import { importInspectionObservations } from '../app/intake/inspectionImport';
import { listNonconformities } from '../app/intake/nonconformityList';
import { raiseNonconformityIssues } from '../app/intake/raiseNonconformities';
import { collectEvidence, listEvidence } from '../app/audits/evidence';
import { publishAuditPlan } from '../app/audits/publishPlan';
import { listAuditors, recordAuditorEvaluation, saveAuditor } from '../app/auditors/auditorRegister';
import { checkJiraSettings, getJiraSettings, saveJiraSettings } from '../app/jira/jiraSettings';
import { getRaiseJob, listRaiseJobs, listTrackedIssues, raiseFindingIssues } from '../app/jira/raising';
import { linkFindingIssue, searchJiraIssues, unlinkFindingIssue } from '../app/jira/linking';
import {
  getCorrectiveAction,
  listCorrectiveActions,
  openCorrectiveAction,
  recordCorrectiveActionStep,
} from '../app/actions/correctiveActions';
import { verifyCorrectiveAction } from '../app/actions/verification';
import { exemptFindingFromAction } from '../app/actions/findingExemption';
import { approveCorrectiveActionPlan } from '../app/actions/planApprovals';
import { decideDueDateExtension, requestDueDateExtension } from '../app/actions/dueDateExtensions';
import { listOverdue } from '../app/actions/overdue';
import { getIssueContext } from '../app/actions/issueContext';
import {
  approveAuditReport,
  generateAuditReport,
  getAuditReport,
  saveAuditReportContent,
} from '../app/audits/report/auditReports';
import { checkMacroConfig, getMacroData } from '../app/review/macros/macroData';
import { listMacroChoices } from '../app/review/macroChoices';
import { exportReviewCsv } from '../app/review/csv/exportReviewCsv';
import { getCapaEffectivenessReport } from '../app/review/capa/capaEffectivenessReport';
import { countIncidentsInJira, listPeriodFigures, savePeriodFigures } from '../app/review/periodFigures';
import {
  addReviewDecision,
  createManagementReview,
  getManagementReview,
  getReviewPlan,
  listManagementReviews,
  raiseReviewDecisions,
  saveReviewInput,
  saveReviewMeeting,
  saveReviewPlan,
} from '../app/review/meeting/managementReviews';
import {
  getObjectivesAndTargets,
  saveKpiTargets,
  saveSecurityObjective,
} from '../app/review/objectives/objectivesAndTargets';
import type { ParsedInput, ResolverName, ResolverOutput } from '../contract/resolvers';

type UseCase<K extends ResolverName> = (
  services: AppServices,
  caller: Caller,
  input: ParsedInput<K>,
) => Promise<ResolverOutput<K>>;

/**
 * Which use case answers which resolver: routing only, no rules. Every use case carries its
 * resolver's name and takes (services, caller, input), so the map names each one and adapts none.
 */
export const useCases: { [K in ResolverName]: UseCase<K> } = {
  getSession,
  getProgrammeSettings,
  updateProgrammeSettings,
  listRoleAssignments,
  setUserRoles,
  verifyAuditTrail,
  startFullVerification,
  fullVerificationProgress,
  listAuditTrail,
  exportAuditTrail,
  exportProgrammeRecord,
  startTrailExport,
  startRecordExport,
  exportProgress,
  downloadExportPart,
  getSigningStatus,
  setSigningPassphrase,
  resetSigningPassphrase,
  signRecord: signPrintedRecord,
  listSignatures,
  listAuditableAreas,
  saveAuditableArea,
  getCatalogue,
  getStatementOfApplicability,
  saveSoaEntry,
  exportStatementOfApplicability,
  importStatementOfApplicability,
  exportAuditableAreas,
  importAuditableAreas,
  getAuditProgramme,
  saveAuditProgramme,
  proposeSchedule: proposeScheduleWithRequiredAudits,
  adoptProposedSchedule,
  getCoverage,
  listAudits,
  getAudit,
  saveAuditPlan,
  cancelAudit,
  moveAudit,
  overrideImpartiality,
  saveChecklistLine,
  recordFinding,
  listFindings,
  acknowledgeAuditPlan,
  recordAuditMeeting,
  reviseFinding,
  recordNonconformity,
  importInspectionObservations,
  listNonconformities,
  raiseNonconformityIssues,
  collectEvidence,
  listEvidence,
  publishAuditPlan,
  listAuditors,
  saveAuditor,
  recordAuditorEvaluation,
  getJiraSettings,
  checkJiraSettings,
  saveJiraSettings,
  raiseFindingIssues,
  getRaiseJob,
  listRaiseJobs,
  listTrackedIssues,
  searchJiraIssues,
  linkFindingIssue,
  unlinkFindingIssue,
  openCorrectiveAction,
  recordCorrectiveActionStep,
  verifyCorrectiveAction,
  exemptFindingFromAction,
  approveCorrectiveActionPlan,
  requestDueDateExtension,
  decideDueDateExtension,
  getCorrectiveAction,
  listCorrectiveActions,
  listOverdue,
  getIssueContext,
  generateAuditReport,
  getAuditReport,
  saveAuditReportContent,
  approveAuditReport,
  getMacroData,
  checkMacroConfig,
  listMacroChoices,
  exportReviewCsv,
  getCapaEffectivenessReport,
  listPeriodFigures,
  savePeriodFigures,
  countIncidentsInJira,
  createManagementReview,
  listManagementReviews,
  getManagementReview,
  saveReviewMeeting,
  saveReviewInput,
  addReviewDecision,
  raiseReviewDecisions,
  getReviewPlan,
  saveReviewPlan,
  listCriteriaSets,
  getCriteriaSet,
  saveCriteriaSet,
  importCriteriaSet,
  getCriteriaCoverage,
  getObjectivesAndTargets,
  saveKpiTargets,
  saveSecurityObjective,
};
