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
import { getCatalogue } from '../app/catalogue/getCatalogue';
import { getStatementOfApplicability, saveSoaEntry } from '../app/soa/statementOfApplicability';
import { exportSoaCsv, importSoaCsv } from '../app/soa/soaCsv';
import { exportAreasCsv, importAreasCsv } from '../app/areas/areasCsv';
import { getAuditProgramme, saveAuditProgramme } from '../app/programme/auditProgramme';
import { adoptProposedSchedule, proposeSchedule } from '../app/programme/schedule';
import { getCoverage } from '../app/programme/coverage';
import { getAudit, listAudits } from '../app/audits/auditQueries';
import { cancelAudit, saveAuditPlan } from '../app/audits/auditPlans';
import { moveAudit } from '../app/audits/auditStates';
import { overrideImpartiality } from '../app/audits/impartialityOverrides';
import { saveChecklistLine } from '../app/audits/checklist';
import { listFindings, recordFinding } from '../app/audits/findings';
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
import { countIncidentsInJira, listPeriodFigures, savePeriodFigures } from '../app/review/periodFigures';
import {
  addReviewDecision,
  createManagementReview,
  getManagementReview,
  listManagementReviews,
  raiseReviewDecisions,
  saveReviewInput,
  saveReviewMeeting,
} from '../app/review/meeting/managementReviews';
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
  listRoleAssignments: (services, caller) => listRoleAssignments(services, caller),
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
  getCatalogue: async () => getCatalogue(),
  getStatementOfApplicability: (services) => getStatementOfApplicability(services),
  saveSoaEntry: (services, caller, input) => saveSoaEntry(services, caller, input),
  exportStatementOfApplicability: (services) => exportSoaCsv(services),
  importStatementOfApplicability: (services, caller, input) => importSoaCsv(services, caller, input),
  exportAuditableAreas: (services) => exportAreasCsv(services),
  importAuditableAreas: (services, caller, input) => importAreasCsv(services, caller, input),
  getAuditProgramme: (services, _caller, input) => getAuditProgramme(services, input),
  saveAuditProgramme: (services, caller, input) => saveAuditProgramme(services, caller, input),
  proposeSchedule: (services, _caller, input) => proposeSchedule(services, input),
  adoptProposedSchedule: (services, caller, input) => adoptProposedSchedule(services, caller, input),
  getCoverage: (services, _caller, input) => getCoverage(services, input),
  listAudits: (services, _caller, input) => listAudits(services, input),
  getAudit: (services, caller, input) => getAudit(services, caller, input),
  saveAuditPlan: (services, caller, input) => saveAuditPlan(services, caller, input),
  cancelAudit: (services, caller, input) => cancelAudit(services, caller, input),
  moveAudit: (services, caller, input) => moveAudit(services, caller, input),
  overrideImpartiality: (services, caller, input) => overrideImpartiality(services, caller, input),
  saveChecklistLine: (services, caller, input) => saveChecklistLine(services, caller, input),
  recordFinding: (services, caller, input) => recordFinding(services, caller, input),
  listFindings: (services, _caller, input) => listFindings(services, input),
  collectEvidence: (services, caller, input) => collectEvidence(services, caller, input),
  listEvidence: (services, caller, input) => listEvidence(services, caller, input),
  publishAuditPlan: (services, caller, input) => publishAuditPlan(services, caller, input),
  listAuditors: (services) => listAuditors(services),
  saveAuditor: (services, caller, input) => saveAuditor(services, caller, input),
  recordAuditorEvaluation: (services, caller, input) => recordAuditorEvaluation(services, caller, input),
  getJiraSettings: (services, caller) => getJiraSettings(services, caller),
  checkJiraSettings: (services, caller, input) => checkJiraSettings(services, caller, input),
  saveJiraSettings: (services, caller, input) => saveJiraSettings(services, caller, input),
  raiseFindingIssues: (services, caller, input) => raiseFindingIssues(services, caller, input),
  getRaiseJob: (services, caller, input) => getRaiseJob(services, caller, input),
  listRaiseJobs: (services, caller, input) => listRaiseJobs(services, caller, input),
  listTrackedIssues: (services, caller, input) => listTrackedIssues(services, caller, input),
  searchJiraIssues: (services, caller, input) => searchJiraIssues(services, caller, input),
  linkFindingIssue: (services, caller, input) => linkFindingIssue(services, caller, input),
  unlinkFindingIssue: (services, caller, input) => unlinkFindingIssue(services, caller, input),
  openCorrectiveAction: (services, caller, input) => openCorrectiveAction(services, caller, input),
  recordCorrectiveActionStep: (services, caller, input) => recordCorrectiveActionStep(services, caller, input),
  verifyCorrectiveAction: (services, caller, input) => verifyCorrectiveAction(services, caller, input),
  getCorrectiveAction: (services, caller, input) => getCorrectiveAction(services, caller, input),
  listCorrectiveActions: (services, caller, input) => listCorrectiveActions(services, caller, input),
  listOverdue: (services, caller) => listOverdue(services, caller),
  getIssueContext: (services, caller, input) => getIssueContext(services, caller, input),
  generateAuditReport: (services, caller, input) => generateAuditReport(services, caller, input),
  getAuditReport: (services, caller, input) => getAuditReport(services, caller, input),
  saveAuditReportContent: (services, caller, input) => saveAuditReportContent(services, caller, input),
  approveAuditReport: (services, caller, input) => approveAuditReport(services, caller, input),
  getMacroData: (services, _caller, input) => getMacroData(services, input),
  checkMacroConfig: (_services, _caller, input) => checkMacroConfig(input),
  listMacroChoices: (services) => listMacroChoices(services),
  exportReviewCsv: (services, _caller, input) => exportReviewCsv(services, input),
  listPeriodFigures: (services) => listPeriodFigures(services),
  savePeriodFigures: (services, caller, input) => savePeriodFigures(services, caller, input),
  countIncidentsInJira: (services, caller, input) => countIncidentsInJira(services, caller, input),
  createManagementReview: (services, caller, input) => createManagementReview(services, caller, input),
  listManagementReviews: (services) => listManagementReviews(services),
  getManagementReview: (services, caller, input) => getManagementReview(services, caller, input),
  saveReviewMeeting: (services, caller, input) => saveReviewMeeting(services, caller, input),
  saveReviewInput: (services, caller, input) => saveReviewInput(services, caller, input),
  addReviewDecision: (services, caller, input) => addReviewDecision(services, caller, input),
  raiseReviewDecisions: (services, caller, input) => raiseReviewDecisions(services, caller, input),
};
