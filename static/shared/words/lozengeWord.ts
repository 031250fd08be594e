import type Lozenge from '@atlaskit/lozenge';
import type { ComponentProps } from 'react';

export type LozengeAppearance = NonNullable<ComponentProps<typeof Lozenge>['appearance']>;

/**
 * A value in people's words, with the lozenge colour that reads as its weight. A plain type module
 * (not beside WordLozenge), so the word tables stay readable by code that compiles no JSX.
 */
export interface LozengeWord {
  label: string;
  appearance: LozengeAppearance;
}
