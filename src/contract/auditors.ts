import { z } from 'zod';
import { resolver, reason, accountId, expectedVersion, auditId } from './resolverSpec';
import { AuditorCompetence } from '../domain/auditors/auditorRecord';
import { EvaluationScores } from '../domain/auditors/evaluation';
import type { AuditorEvaluation, AuditorRecord } from '../domain/auditors/auditorRecord';
import type { CompetenceCheck } from '../domain/auditors/competence';

export interface AuditorView {
  accountId: string;
  name: string;
  version: number;
  auditor: AuditorRecord;
  /** Certificates valid today, expiring within 60 days (0 = today). */
  expiringSoon: CompetenceCheck['expiringSoon'];
  hasValidCertificate: boolean;
  warnings: string[];
  lastEvaluation: AuditorEvaluation | null;
  /** Whether their latest evaluation keeps them eligible for audit teams (the programme's threshold). */
  eligible: boolean;
}

/** The auditor register. */
export const auditorResolvers = {
  listAuditors: resolver<{ auditors: AuditorView[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The auditor register: domains, certificates (with expiry warnings), training, evaluations.',
  }),
  saveAuditor: resolver<AuditorView>()({
    input: z.object({ accountId, expectedVersion, competence: AuditorCompetence, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Add someone to the auditor register or change their competence record.',
  }),
  recordAuditorEvaluation: resolver<AuditorView>()({
    input: z
      .object({
        accountId,
        auditId,
        /** The stated criteria, each scored 1–5; the result is the lowest. */
        scores: EvaluationScores.optional(),
        /** A single overall rating, as evaluations were recorded before criteria were stated. */
        rating: z.number().int().min(1, 'Rate 1 to 5').max(5, 'Rate 1 to 5').optional(),
        comment: z.string().trim().min(1, 'Say what went well and what to improve').max(2000),
        expectedVersion,
      })
      .strict()
      .refine((e) => (e.scores === undefined) !== (e.rating === undefined), {
        message: 'Score knowledge, skills, conduct and report quality',
        path: ['scores'],
      }),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      "Evaluate an auditor's work on a reported or closed audit they were on: knowledge, skills, conduct and report quality, each scored 1–5.",
  }),
} as const;
