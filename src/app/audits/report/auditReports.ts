/** The audit report use cases (see each file): generate, read, conclude, approve. */
export { generateAuditReport } from './generateReport';
export { getAuditReport } from './reportView';
export { saveAuditReportContent } from './reportContent';
export { approveAuditReport } from './approveReport';
