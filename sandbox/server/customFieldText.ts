import { formatCustomFieldValue, JiraExpressionError } from '../jira/expressions';

type Module = Record<string, unknown>;

/**
 * How Jira's issue view shows an app's custom field: through the field's `formatter` expression
 * (`jira:customField` … `formatter.expression`, evaluated with the value as `value`) when it has
 * one, else the value itself (a string as it is, anything else as JSON). A formatter that fails is
 * shown as the failure, as a broken field would be: the sandbox never hides it behind the raw value.
 */
export function customFieldText(modules: readonly Module[], fieldName: string, value: unknown): string {
  const module = modules.find((candidate) => candidate.name === fieldName);
  const formatter = module?.formatter as { expression?: unknown } | undefined;
  if (typeof formatter?.expression === 'string') {
    try {
      return formatCustomFieldValue(formatter.expression, value);
    } catch (error) {
      if (error instanceof JiraExpressionError) return `The field's formatter failed: ${error.message}`;
      throw error;
    }
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
