import type { ResolverInput, SoaLineView } from '../../../../src/contract';
import type { Implementation } from './soaWords';
import { fieldPathsUnder } from '../../../shared/forms/fieldPaths';
import { changeReason } from '../../../shared/forms/changeReason';

export interface DocumentDraft {
  pageId: string;
  title: string;
}

/** One SoA line while it is edited in the dialog. */
export interface SoaLineDraft {
  controlId: string;
  applicable: boolean;
  justification: string;
  implementation: Implementation;
  ownerId: string | null;
  documents: DocumentDraft[];
  reason: string;
}

export function lineDraft(line: SoaLineView): SoaLineDraft {
  const { entry } = line;
  return {
    controlId: entry.controlId,
    applicable: entry.applicable,
    justification: entry.justification,
    implementation: entry.implementation,
    ownerId: entry.ownerId,
    documents: entry.documents.map((doc) => ({ ...doc })),
    reason: '',
  };
}

/** What `saveSoaEntry` is sent; the backend checks it (a justification for an exclusion, page ids). */
export function saveEntryInput(draft: SoaLineDraft, expectedVersion: number): ResolverInput<'saveSoaEntry'> {
  return {
    entry: {
      controlId: draft.controlId,
      applicable: draft.applicable,
      justification: draft.justification,
      implementation: draft.implementation,
      ownerId: draft.ownerId,
      documents: draft.documents
        .filter((doc) => doc.pageId.trim() || doc.title.trim())
        .map((doc) => ({ pageId: doc.pageId.trim(), title: doc.title })),
    },
    expectedVersion,
    ...changeReason(draft.reason),
  };
}

export const soaFieldPaths = fieldPathsUnder('entry', [
  'applicable',
  'justification',
  'implementation',
  'ownerId',
  'documents',
]);
