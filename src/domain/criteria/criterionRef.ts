import { z } from 'zod';

/**
 * A criterion reference: which criteria set, and which requirement in it. Checklist lines and
 * findings store it as one string, the criterion key, so records written before criteria sets
 * existed read unchanged: a bare clause or control id (`9.2`, `A.8.15`) is a requirement of the
 * built-in ISO/IEC 27001:2022 set, and a requirement of the company's own set is written
 * `<set id>:<requirement id>` (`sop-cs:4.2`). A set id never holds a colon, so the first colon splits.
 */
export const isoSetId = 'iso27001';

export interface CriterionRef {
  setId: string;
  requirementId: string;
}

/** The string a record stores for a reference (ISO ones stay bare, as they always were). */
export function criterionKey(ref: CriterionRef): string {
  return ref.setId === isoSetId ? ref.requirementId : `${ref.setId}:${ref.requirementId}`;
}

/** Reads a stored key back: a key without a colon is an ISO clause or control. */
export function criterionRefOf(key: string): CriterionRef {
  const colon = key.indexOf(':');
  if (colon === -1) return { setId: isoSetId, requirementId: key };
  return { setId: key.slice(0, colon), requirementId: key.slice(colon + 1) };
}

/** Whether a stored key cites a requirement of this set. */
export const citesSet = (key: string, setId: string): boolean => criterionRefOf(key).setId === setId;

/**
 * A criteria set's id: short, lower case, readable in a reference (`sop-cs`, `part11`, `gdpr`).
 * The ISO set's id is taken.
 */
export const CriteriaSetId = z
  .string()
  .trim()
  .min(2, 'A criteria set id has at least 2 characters')
  .max(40, 'A criteria set id has at most 40 characters')
  .regex(/^[a-z][a-z0-9-]*$/, 'A criteria set id uses lower-case letters, digits and hyphens, starting with a letter')
  .refine((id) => id !== isoSetId, `"${isoSetId}" is the built-in ISO/IEC 27001:2022 set`);

/**
 * A requirement's id within its set, as the source numbers it (`4.2`, `11.10(e)`, `Art. 32`): no
 * colon (it would split the key) and no line breaks.
 */
export const CriteriaRequirementId = z
  .string()
  .trim()
  .min(1, 'Enter the requirement id (e.g. 4.2)')
  .max(60, 'A requirement id has at most 60 characters')
  .refine((id) => !id.includes(':'), 'A requirement id cannot hold a colon')
  .refine((id) => !/[\r\n]/.test(id), 'A requirement id is one line');
