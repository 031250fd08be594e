import { checkAdf } from './adf';
import type { Product } from './documents';

/**
 * Finds rich text in a request or answer body and checks it as ADF:
 * - Jira: every object that looks like an ADF document (`type: 'doc'` with `version` or `content`),
 *   wherever it appears; and, since REST v3 speaks only ADF, a plain string where Jira expects a
 *   document: `fields.description`, `fields.environment`, and a comment's `body`.
 * - Confluence: every `{ representation: 'atlas_doc_format', value }`, whose value is ADF as a JSON string.
 * Returns readable lines naming where in the body the problem is (`body/fields/description/content/0 …`).
 */
export function richTextProblems(product: Product, operationId: string, body: unknown): string[] {
  const problems: string[] = [];
  const commentOperation = /comment/i.test(operationId);
  const visit = (value: unknown, at: string, parentKey: string | undefined, key: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}/${i}`, key, String(i)));
      return;
    }
    if (product === 'jira' && typeof value === 'string') {
      const adfField = parentKey === 'fields' && (key === 'description' || key === 'environment');
      if (adfField || (commentOperation && key === 'body')) {
        problems.push(`${at} must be an ADF document (Jira REST v3 rich text), not a string`);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (product === 'jira' && record.type === 'doc' && ('version' in record || 'content' in record)) {
      problems.push(...checkAdf(record, at));
      return;
    }
    if (product === 'confluence' && record.representation === 'atlas_doc_format' && typeof record.value === 'string') {
      problems.push(...confluenceAdf(record.value, `${at}/value`));
      return;
    }
    for (const [member, child] of Object.entries(record)) visit(child, `${at}/${member}`, key, member);
  };
  visit(body, 'body', undefined, undefined);
  return problems;
}

function confluenceAdf(value: string, at: string): string[] {
  if (value === '') return [];
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return [`${at} must be an ADF document serialised as JSON (atlas_doc_format)`];
  }
  return checkAdf(doc, `${at}(parsed)`);
}
