import { findingSourceTitles } from '../../../shared/words/findingSources';

/**
 * A source's words for the CAPA effectiveness report (the CSV keeps the stored names), the same as
 * everywhere else, or its stored name for a source this page does not know yet.
 */
export const capaSourceTitle = (source: string): string =>
  (findingSourceTitles as Record<string, string>)[source] ?? source;

export const yesNoBlank = (value: boolean | null) => (value === null ? '—' : value ? 'Yes' : 'No');
