import type { SoaLineView } from '../../../../src/contract';

export type SoaEntry = SoaLineView['entry'];
export type Implementation = SoaEntry['implementation'];
export type ControlTheme = NonNullable<SoaLineView['theme']>;

/*
 * Words copied from src/domain (the UI imports only the contract's types); `satisfies Record<…>`
 * makes the compiler flag a new status or theme.
 */

export const implementationTitles = {
  notImplemented: 'Not implemented',
  planned: 'Planned',
  partial: 'Partially implemented',
  implemented: 'Implemented',
} as const satisfies Record<Implementation, string>;

export const implementations = Object.keys(implementationTitles) as Implementation[];

export const implementationAppearances = {
  notImplemented: 'neutral',
  planned: 'information',
  partial: 'warning',
  implemented: 'success',
} as const satisfies Record<Implementation, string>;

export const themeTitles = {
  organizational: 'A.5 Organizational',
  people: 'A.6 People',
  physical: 'A.7 Physical',
  technological: 'A.8 Technological',
} as const satisfies Record<ControlTheme, string>;

export const themes = Object.keys(themeTitles) as ControlTheme[];

/** The shortest justification for excluding a control that the backend accepts (domain/programme/soa.ts). */
export const minExclusionJustification = 10;
