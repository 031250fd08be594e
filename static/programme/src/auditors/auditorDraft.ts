import type { AuditorView, ResolverInput } from '../../../../src/contract';
import { fieldPathsUnder } from '../../../shared/forms/fieldPaths';
import type { DatedRow } from './DatedRows';
import { changeReason } from '../../../shared/forms/changeReason';

/** A register entry while it is edited in the dialog. */
export interface AuditorDraft {
  accountId: string | null;
  domains: string[];
  /** `start` is the issue date. */
  certificates: DatedRow[];
  /** `start` is the completion date. */
  trainings: DatedRow[];
  reason: string;
}

export function auditorDraft(view: AuditorView | null): AuditorDraft {
  if (!view) return { accountId: null, domains: [], certificates: [], trainings: [], reason: '' };
  const { auditor } = view;
  return {
    accountId: view.accountId,
    domains: [...auditor.domains],
    certificates: auditor.certificates.map((c) => ({ name: c.name, start: c.issuedOn, expiresOn: c.expiresOn ?? '' })),
    trainings: auditor.trainings.map((t) => ({ name: t.name, start: t.completedOn, expiresOn: t.expiresOn ?? '' })),
    reason: '',
  };
}

/** What `saveAuditor` is sent; dates stay as picked (YYYY-MM-DD), an empty expiry means "does not expire". */
export function saveAuditorInput(draft: AuditorDraft, expectedVersion: number): ResolverInput<'saveAuditor'> {
  return {
    accountId: draft.accountId ?? '',
    expectedVersion,
    competence: {
      domains: draft.domains,
      certificates: draft.certificates.map((c) => ({
        name: c.name,
        issuedOn: c.start,
        expiresOn: c.expiresOn ? c.expiresOn : null,
      })),
      trainings: draft.trainings.map((t) => ({
        name: t.name,
        completedOn: t.start,
        expiresOn: t.expiresOn ? t.expiresOn : null,
      })),
    },
    ...changeReason(draft.reason),
  };
}

/** The form's fields as the backend names them in `error.field`: the person, then their competence. */
export const auditorFieldPaths = {
  accountId: 'accountId',
  ...fieldPathsUnder('competence', ['domains', 'certificates', 'trainings']),
};
