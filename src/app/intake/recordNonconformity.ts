import type { FindingView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import type { FindingContent } from '../../domain/audits/finding';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { invalidInput } from '../../domain/failure';
import type { FindingSource } from '../../domain/findings/findingSource';
import type { AppServices, Caller } from '../services';
import { earlierFindings, saveNewFinding, toView, viewNames } from '../audits/findings';
import { requireIntakeManager } from '../access/intakeAccess';

/**
 * What a nonconformity from outside an audit must name beyond its own fields: an area and a
 * clause or control the programme knows (an inspection observation still bears on one of each),
 * and, for a management review, a review that exists. `field` is where the content sits.
 */
export async function intakeProblem(
  services: AppServices,
  source: FindingSource,
  content: FindingContent,
  field = 'finding',
): Promise<{ field: string; message: string } | null> {
  if (source.kind === 'internalAudit') {
    return {
      field: 'source.kind',
      message: 'An internal-audit finding is recorded on its audit; choose the source this nonconformity came from',
    };
  }
  if (source.kind === 'managementReview' && !(await services.store.get('managementReview', source.reviewId))) {
    return { field: 'source.reviewId', message: `There is no management review ${source.reviewId}` };
  }
  if (!catalogueItem(content.itemId)) {
    return { field: `${field}.itemId`, message: `${content.itemId} is not a clause or control of ISO/IEC 27001:2022` };
  }
  if (!(await services.store.get('auditableArea', content.areaId))) {
    return { field: `${field}.areaId`, message: `There is no auditable area ${content.areaId}` };
  }
  return null;
}

/**
 * A nonconformity from a certification audit, an inspection, an incident, monitoring, a supplier
 * audit, a complaint or a management review: a finding with no audit and its source, recorded by
 * a programme manager or a lead auditor. From here it is a finding like any other: raised to Jira
 * on the same path, answered by corrective action, closed by the same rule.
 */
export async function recordNonconformity(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'recordNonconformity'>,
): Promise<FindingView> {
  await requireIntakeManager(services, caller);
  const problem = await intakeProblem(services, command.source, command.finding);
  if (problem) throw invalidInput(problem.field, problem.message);
  const saved = await saveNewFinding(
    services,
    caller,
    { auditId: null, source: command.source, content: command.finding },
    await earlierFindings(services),
  );
  return toView(viewNames(services), saved);
}
