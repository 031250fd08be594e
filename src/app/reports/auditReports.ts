import type { AuditReportView } from '../../contract/reports';
import type { ParsedInput } from '../../contract/resolvers';
import { Failure } from '../../domain/failure';
import type { AppServices, Caller } from '../services';

const notYet = (what: string) => new Failure('unavailable', `${what} is not available yet`);

export async function generateAuditReport(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'generateAuditReport'>,
): Promise<AuditReportView> {
  throw notYet('Generating audit reports');
}

export async function getAuditReport(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'getAuditReport'>,
): Promise<AuditReportView> {
  throw notYet('Audit reports');
}

export async function saveAuditReportContent(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'saveAuditReportContent'>,
): Promise<AuditReportView> {
  throw notYet('Audit report conclusions');
}

export async function approveAuditReport(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'approveAuditReport'>,
): Promise<AuditReportView> {
  throw notYet('Approving audit reports');
}
