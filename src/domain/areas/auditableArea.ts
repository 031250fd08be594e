import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';

const accountId = z.string().trim().min(1).max(128);
const rating = (what: string) => z.number().int().min(1, `${what} is rated 1 to 5`).max(5, `${what} is rated 1 to 5`);
const unique = <T>(items: T[]) => new Set(items).size === items.length;

/**
 * An auditable area inside the ISMS scope: a process, site, system or department, with its owner
 * and members (who may never audit it), its risk (likelihood × impact), and the clauses and
 * controls it carries — what an audit of it must cover.
 */
export const AuditableArea = z.object({
  name: z.string().trim().min(1, 'Name the area').max(200),
  ownerId: accountId,
  memberIds: z.array(accountId).max(200).refine(unique, 'A member is listed twice'),
  likelihood: rating('Likelihood'),
  impact: rating('Impact'),
  itemIds: z.array(CatalogueId).max(200).refine(unique, 'A clause or control is listed twice'),
});
export type AuditableArea = z.infer<typeof AuditableArea>;

/** Everyone who owns or works in the area: the people impartiality keeps from auditing it. */
export function peopleOf(area: Pick<AuditableArea, 'ownerId' | 'memberIds'>): string[] {
  return [...new Set([area.ownerId, ...area.memberIds])];
}
