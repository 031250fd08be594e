import type { MacroKind } from '../../../domain/review/macroKinds';
import { paragraph } from '../../pages/adf';
import { unavailable, type MacroDefinition } from '../macroDefinition';

/** A macro whose figures are not built yet: it says so (a placeholder the issue-8 work replaces). */
export function pendingMacro<K extends MacroKind>(kind: K): MacroDefinition<K> {
  return {
    compute: async () => unavailable(`The ${kind} macro is not available yet`, 'Update the app'),
    toAdf: () => [paragraph(`The ${kind} macro is not available yet.`)],
  };
}
