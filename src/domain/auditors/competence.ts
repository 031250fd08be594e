import { z } from 'zod';
import { daysBetween, IsoDate } from '../calendar/calendarDate';
import { domainCovers, DomainCode } from '../catalogue/requirementIds';
import { parseInput } from '../parseInput';

/**
 * Auditor competence (7.2, 9.2.2): a certificate valid on the audit day, and knowledge of every
 * part of the scope. A domain covers the ids below it: `A.8` covers A.8.x, `9` covers 9.x.y, `9.2`
 * covers 9.2.x, `A` all of Annex A. A certificate is valid from its issue date through its expiry
 * date (inclusive); one expiring within `expiryWarningDays` is a warning, not a block.
 */
export const Certificate = z
  .object({
    name: z.string().trim().min(1),
    issuedOn: IsoDate,
    /** null: does not expire. */
    expiresOn: IsoDate.nullable(),
    /**
     * Whether it qualifies its holder to lead audits (a lead auditor course and exam). Certificates
     * recorded before this was asked read it from their name: the lead auditor certificates
     * recorded so far are all named so.
     */
    qualifiesToLead: z.boolean().optional(),
  })
  .refine((c) => c.expiresOn === null || c.issuedOn <= c.expiresOn, {
    message: 'A certificate cannot expire before it is issued',
    path: ['expiresOn'],
  });
export type Certificate = z.infer<typeof Certificate>;

/** Recorded for the auditor register; the competence decision rests on certificates and domains. */
export const Training = z.object({
  name: z.string().trim().min(1),
  completedOn: IsoDate,
  expiresOn: IsoDate.nullable().default(null),
});
export type Training = z.infer<typeof Training>;

export const Auditor = z.object({
  accountId: z.string().min(1),
  domains: z.array(DomainCode),
  certificates: z.array(Certificate).default([]),
  trainings: z.array(Training).default([]),
});
export type Auditor = z.input<typeof Auditor>;

export const expiryWarningDays = 60;

export interface CompetenceCheck {
  competent: boolean;
  /** Why the auditor is not competent; empty when competent. */
  reasons: string[];
  /** Scope items none of the auditor's domains covers. */
  uncoveredItems: string[];
  /** Certificates valid today that expire within `expiryWarningDays` (0 = expires today). */
  expiringSoon: Array<{ certificate: string; expiresOn: string; daysLeft: number }>;
}

/** Whether a certificate qualifies to lead: as recorded, or for one recorded before the question, by its name. */
export const qualifiesToLead = (certificate: Pick<Certificate, 'name' | 'qualifiesToLead'>): boolean =>
  certificate.qualifiesToLead ?? /lead auditor/i.test(certificate.name);

const isValidOn = (certificate: Pick<Certificate, 'issuedOn' | 'expiresOn'>, day: string) =>
  certificate.issuedOn <= day && (certificate.expiresOn === null || day <= certificate.expiresOn);

/** The lead auditor's qualification (ISO 19011 7.2.3.4): a certificate that qualifies to lead, valid on `day`. */
export function leadQualificationProblem(auditor: Auditor, day: string): string | null {
  const record = parseInput(Auditor, auditor, 'auditor');
  if (record.certificates.some((c) => qualifiesToLead(c) && isValidOn(c, day))) return null;
  const lapsed = record.certificates.filter(qualifiesToLead).map((c) => c.name);
  return lapsed.length > 0
    ? `No lead auditor qualification is valid on ${day} (${lapsed.join(', ')} not valid then)`
    : 'No certificate in the register qualifies them to lead audits';
}

export function competenceFor(auditor: Auditor, scopeItemIds: readonly string[], today: string): CompetenceCheck {
  const record = parseInput(Auditor, auditor, 'auditor');
  const day = parseInput(IsoDate, today, 'today');
  const reasons: string[] = [];

  const valid = record.certificates.filter((certificate) => isValidOn(certificate, day));
  if (valid.length === 0) {
    const lapsed = record.certificates
      .filter((c) => c.expiresOn !== null && c.expiresOn < day)
      .map((c) => `${c.name} expired on ${c.expiresOn}`);
    const pending = record.certificates.filter((c) => c.issuedOn > day).map((c) => `${c.name} from ${c.issuedOn}`);
    const detail = [...lapsed, ...pending].join('; ');
    reasons.push(`No certificate is valid on ${day}${detail ? ` (${detail})` : ''}`);
  }

  const uncoveredItems = [...new Set(scopeItemIds)].filter(
    (itemId) => !record.domains.some((domain) => domainCovers(domain, itemId)),
  );
  for (const itemId of uncoveredItems) reasons.push(`No competence domain covers ${itemId}`);

  const expiringSoon = valid
    .flatMap((c) => (c.expiresOn === null ? [] : [{ certificate: c.name, expiresOn: c.expiresOn }]))
    .map((c) => ({ ...c, daysLeft: daysBetween(day, c.expiresOn) }))
    .filter((c) => c.daysLeft <= expiryWarningDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.certificate < b.certificate ? -1 : 1));

  return { competent: reasons.length === 0, reasons, uncoveredItems, expiringSoon };
}
