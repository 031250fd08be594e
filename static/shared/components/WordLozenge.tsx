import Lozenge from '@atlaskit/lozenge';
import type { LozengeWord } from '../words/lozengeWord';

/**
 * A value as a lozenge, from its kind's table of words (audit states, finding grades, issue states…),
 * so each table is the one place that says both the word and its colour.
 */
export function WordLozenge({ word, testId }: { word: LozengeWord; testId?: string }) {
  return (
    <Lozenge appearance={word.appearance} testId={testId}>
      {word.label}
    </Lozenge>
  );
}
