import type { ReportIntegrity } from '../../../../src/contract';

/** How each report state reads on the page, with the lozenge appearance that goes with it. */
export const integrityWords: Record<
  ReportIntegrity,
  { label: string; appearance: 'default' | 'success' | 'removed' | 'moved' }
> = {
  draft: { label: 'Draft', appearance: 'default' },
  approved: { label: 'Approved', appearance: 'success' },
  changedAfterApproval: { label: 'Changed after approval', appearance: 'removed' },
  pageMissing: { label: 'Page missing', appearance: 'moved' },
};

/** The distribution list as the form edits it: one recipient per line. */
export const distributionText = (recipients: readonly string[]) => recipients.join('\n');
export const distributionOf = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
