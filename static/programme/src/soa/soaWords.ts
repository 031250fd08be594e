import type { SoaLineView } from '../../../../src/contract';
import type { LozengeWord } from '../../../shared/words/lozengeWord';
import { labelsOf, partOf } from '../../../shared/words/wordParts';

export type SoaEntry = SoaLineView['entry'];
export type Implementation = SoaEntry['implementation'];
export type ControlTheme = NonNullable<SoaLineView['theme']>;

/*
 * Words copied from src/domain (the UI imports only the contract's types); `satisfies Record<…>`
 * makes the compiler flag a new status or theme.
 */

/** How far a control is implemented, with the lozenge colour the SoA table shows it in. */
export const implementationWords = {
  notImplemented: { label: 'Not implemented', appearance: 'neutral' },
  planned: { label: 'Planned', appearance: 'information' },
  partial: { label: 'Partially implemented', appearance: 'warning' },
  implemented: { label: 'Implemented', appearance: 'success' },
} as const satisfies Record<Implementation, LozengeWord>;

export const implementationTitles = labelsOf(implementationWords);
export const implementationAppearances = partOf(implementationWords, 'appearance');

export const implementations = Object.keys(implementationWords) as Implementation[];

export const themeTitles = {
  organizational: 'A.5 Organizational',
  people: 'A.6 People',
  physical: 'A.7 Physical',
  technological: 'A.8 Technological',
} as const satisfies Record<ControlTheme, string>;

export const themes = Object.keys(themeTitles) as ControlTheme[];

/** The shortest justification for excluding a control that the backend accepts (domain/programme/soa.ts). */
export const minExclusionJustification = 10;
