import { z } from 'zod';
import { resolver } from './resolverSpec';
import type { CatalogueItem } from '../domain/catalogue/catalogueItem';

/** The ISO/IEC 27001 catalogue. */
export const catalogueResolvers = {
  getCatalogue: resolver<{ items: CatalogueItem[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The ISO/IEC 27001:2022 clauses and Annex A controls with our audit guidance.',
  }),
} as const;
