import type { z } from 'zod';
import { actionResolvers } from './actions';
import { peopleResolvers, sessionResolvers } from './access';
import { areaCsvResolvers, areaResolvers } from './areas';
import { auditorResolvers } from './auditors';
import { auditResolvers } from './audits';
import { intakeResolvers } from './intake';
import { capaResolvers } from './capa';
import { catalogueResolvers } from './catalogue';
import { criteriaResolvers } from './criteria';
import { jiraResolvers } from './jira';
import { managementReviewResolvers } from './managementReview';
import { objectiveResolvers } from './objectives';
import { programmeResolvers, programmeSettingsResolvers } from './programme';
import { recordResolvers } from './records';
import { reportResolvers } from './reports';
import { reviewFigureResolvers } from './review';
import { signatureResolvers, signingResolvers } from './signing';
import { soaResolvers } from './soa';

/**
 * The resolver contract: one row per resolver with its zod input schema, who may call it, and its
 * output type. Each feature file writes its own rows beside its views (shared fragments are in
 * `resolverSpec.ts`); this file only puts them together. The entry layer parses with `input` and
 * checks `access`; the UI's typed client, the sandbox's `GET /sandbox/contract` and the generated
 * documents read this same table, so the groups keep the order those documents list them in.
 */
export const resolverContract = {
  ...sessionResolvers,
  ...programmeSettingsResolvers,
  ...peopleResolvers,
  ...recordResolvers,
  ...signingResolvers,
  ...areaResolvers,
  ...catalogueResolvers,
  ...soaResolvers,
  ...areaCsvResolvers,
  ...programmeResolvers,
  ...auditResolvers,
  ...intakeResolvers,
  ...auditorResolvers,
  ...signatureResolvers,
  ...jiraResolvers,
  ...actionResolvers,
  ...reportResolvers,
  ...reviewFigureResolvers,
  ...capaResolvers,
  ...managementReviewResolvers,
  ...criteriaResolvers,
  ...objectiveResolvers,
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
export type ResolverInput<K extends ResolverName> = z.input<ResolverContract[K]['input']>;
export type ParsedInput<K extends ResolverName> = z.output<ResolverContract[K]['input']>;
export type ResolverOutput<K extends ResolverName> = NonNullable<ResolverContract[K]['output']>;
