import type { FindingExemptionView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import type { NcExemptionRecord } from '../../domain/actions/ncExemption';
import { findingGradeTitles } from '../../domain/audits/finding';
import { conflict, notFound } from '../../domain/failure';
import { mayCloseWithoutAction } from '../../domain/jira/jiraSettings';
import { requireSigningRole } from '../signing/signatures';
import { isSignedBy, writeSignedRecord } from '../signing/signedRecord';
import { savedJiraSettings } from '../jira/savedSettings';
import { closeFindingIssue } from './findingIssueStatus';
import { issueOf } from '../jira/trackedIssues';
import type { AppServices, Caller } from '../services';
import { findingClosureOf, openActionNames } from './findingClosureOf';
import { kindOf } from '../../domain/actions/correctiveAction';

/**
 * A programme manager records, with a reason and a signature (meaning `closure`), that a finding
 * needs no corrective action (ISO 27001 10.1: an observation or an opportunity for improvement may
 * rightly end without one). Allowed only for grades whose policy says so, while no action of the
 * finding is open, once per finding. The order keeps it safe without transactions, as
 * verifications do: every check, then the passphrase, then the append-only record, then its
 * signature; a retry by the same manager with the same reason finishes a crashed one. Jira
 * follows afterwards (the NC issue moves to closed), best effort.
 */
export async function exemptFindingFromAction(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'exemptFindingFromAction'>,
): Promise<FindingExemptionView> {
  const now = services.clock.now();
  await requireSigningRole(services, caller, 'ncExemption', 'closure');
  const finding = await services.store.get('finding', input.findingId);
  if (!finding) throw notFound(`There is no finding ${input.findingId}`);
  const settings = await savedJiraSettings(services);
  if (!settings) {
    throw conflict('Save the Jira settings first: their grade policy says which findings may close without action');
  }
  const grade = finding.record.content.grade;
  if (!mayCloseWithoutAction(settings.dueDates[grade])) {
    throw conflict(
      `This finding is a ${findingGradeTitles[grade]}: the policy needs a corrective action verified effective before it closes`,
      'findingId',
    );
  }
  const { closure, actions, exemption } = await findingClosureOf(services, input.findingId);
  const open = actions.filter((action) => action.record.state !== 'closed');
  if (open.length > 0) {
    const names = await openActionNames(services, open);
    // An OFI's improvement action closes when done; a corrective action when verified effective.
    const improving = open.every((action) => kindOf(action.record) === 'improvement');
    throw conflict(
      improving
        ? `The finding has an open improvement action (${names.join(', ')}): it closes when that is done`
        : `The finding has an open corrective action (${names.join(', ')}): it closes when that is verified effective`,
      'findingId',
    );
  }
  if (closure.how === 'actions') throw conflict('The finding is already closed by its corrective actions', 'findingId');

  const signed = exemption
    ? await isSignedBy(services, { recordType: 'ncExemption', recordId: exemption.id }, 'closure', exemption.record.by)
    : false;
  if (exemption && (signed || exemption.record.by !== caller.accountId || exemption.record.reason !== input.reason)) {
    throw conflict(
      `The finding was already exempted from corrective action on ${exemption.record.at.slice(0, 10)}`,
      'findingId',
    );
  }
  const record: NcExemptionRecord = {
    findingId: input.findingId,
    reason: input.reason,
    grade,
    by: caller.accountId,
    at: now.toISOString(),
  };
  // Only the caller's own unsigned exemption of the same reason is left to finish (checked above).
  await writeSignedRecord(services, caller, {
    entity: 'ncExemption',
    id: input.findingId,
    record,
    existing: exemption,
    meaning: 'closure',
    passphrase: input.passphrase,
    at: now,
    reason: input.reason,
  });

  const jiraNote = await closeFindingIssue(services, input.findingId);
  const linked = await issueOf(services, 'finding', input.findingId);
  return {
    findingId: input.findingId,
    closure: (await findingClosureOf(services, input.findingId)).closure,
    issueKey: linked?.issue.key ?? null,
    jiraNote,
  };
}
