/**
 * A form's fields as the backend names them in `error.field`: each under the record's key
 * (`area.name`), and the change's reason at the top.
 */
export function fieldPathsUnder<K extends string>(record: string, fields: readonly K[]): Record<K | 'reason', string> {
  const paths = Object.fromEntries(fields.map((field) => [field, `${record}.${field}`]));
  return { ...paths, reason: 'reason' } as Record<K | 'reason', string>;
}
