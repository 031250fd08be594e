import { z } from 'zod';

/**
 * One requirement an internal audit can test: a clause of ISO/IEC 27001:2022 (4.1 … 10.2) or one of
 * the 93 Annex A controls (A.5.1 … A.8.34). Only numbers and short titles come from the standard;
 * the guidance is our own audit advice (what to ask, what evidence to look for, typical findings).
 */
export const catalogueKinds = ['clause', 'control'] as const;
export const CatalogueKind = z.enum(catalogueKinds);
export type CatalogueKind = z.infer<typeof CatalogueKind>;

/** Annex A's four themes, in the standard's order (A.5, A.6, A.7, A.8). */
export const controlThemes = ['organizational', 'people', 'physical', 'technological'] as const;
export const ControlTheme = z.enum(controlThemes);
export type ControlTheme = z.infer<typeof ControlTheme>;

export const controlThemeTitles: Record<ControlTheme, string> = {
  organizational: 'Organizational controls',
  people: 'People controls',
  physical: 'Physical controls',
  technological: 'Technological controls',
};

/** The Annex A section number of each theme and how many controls it holds (2022 edition). */
export const controlThemeSections: Record<ControlTheme, { section: number; count: number }> = {
  organizational: { section: 5, count: 37 },
  people: { section: 6, count: 8 },
  physical: { section: 7, count: 14 },
  technological: { section: 8, count: 34 },
};

/** Clause ids: a main clause 4–10, then one or two sub-levels (`4.1`, `6.1.2`, `9.2.2`, `10.2`). */
export const clauseIdPattern = /^(?:[4-9]|10)\.[1-9]\d?(?:\.[1-9]\d?)?$/;
/** Control ids: `A.` + theme section 5–8 + control number (`A.5.1` … `A.8.34`). */
export const controlIdPattern = /^A\.([5-8])\.([1-9]\d?)$/;

export const isClauseIdFormat = (id: string): boolean => clauseIdPattern.test(id);

/**
 * The theme a control id belongs to, from its prefix and within the theme's number range
 * (`A.5.1`–`A.5.37` organizational … `A.8.1`–`A.8.34` technological); null when it is not one.
 */
export function controlThemeFromId(id: string): ControlTheme | null {
  const match = controlIdPattern.exec(id);
  if (!match) return null;
  const section = Number(match[1]);
  const number = Number(match[2]);
  const theme = controlThemes.find((candidate) => controlThemeSections[candidate].section === section);
  if (!theme || number > controlThemeSections[theme].count) return null;
  return theme;
}

export const isControlIdFormat = (id: string): boolean => controlThemeFromId(id) !== null;

export const CatalogueItem = z
  .object({
    id: z.string(),
    kind: CatalogueKind,
    theme: ControlTheme.nullable(),
    title: z.string().trim().min(1, 'A catalogue item needs a title').max(120),
    guidance: z.string().trim().min(80, 'Guidance should say what to ask and what evidence to look for'),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'clause') {
      if (!isClauseIdFormat(item.id))
        ctx.addIssue({ code: 'custom', path: ['id'], message: 'A clause id looks like 4.1, 6.1.2 or 10.2' });
      if (item.theme !== null) ctx.addIssue({ code: 'custom', path: ['theme'], message: 'Clauses have no theme' });
      return;
    }
    const theme = controlThemeFromId(item.id);
    if (theme === null)
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'A control id looks like A.5.1 … A.8.34' });
    else if (item.theme !== theme)
      ctx.addIssue({ code: 'custom', path: ['theme'], message: `Control ${item.id} belongs to the ${theme} theme` });
  })
  .refine((item) => item.guidance !== item.title, {
    path: ['guidance'],
    message: 'Guidance must not repeat the title',
  });
export type CatalogueItem = z.infer<typeof CatalogueItem>;
