import type { MacroView } from '../../contract/review';
import type { MacroConfigOf } from '../../domain/review/macroConfig';
import type { MacroKind } from '../../domain/review/macroKinds';
import type { AppServices } from '../services';
import type { AdfNode } from '../pages/adf';
import type { HeldParts } from './macros/heldParts';

/** Why a macro cannot show its figures, and what to do: shown instead of a blank box. */
export interface MacroUnavailable {
  unavailable: true;
  reason: string;
  fix: string;
}

export const unavailable = (reason: string, fix: string): MacroUnavailable => ({ unavailable: true, reason, fix });

/**
 * One review macro: how its figures are computed from the store, and how they print.
 *
 * `compute` reads the store only — never Jira or Confluence — in at most three statements (the
 * programme settings, the areas, and one `listMany` of the records it needs); the `review` bench
 * counts them. `held` (only when a reader asks, see getMacroData) keeps parts of the figures as
 * snapshots of their own; without it every part is computed. `toAdf` is pure: the export prints the
 * figures the reader saw, charts as tables.
 */
export interface MacroDefinition<K extends MacroKind> {
  compute(
    services: AppServices,
    config: MacroConfigOf<K>,
    now: Date,
    held?: HeldParts,
  ): Promise<MacroView | MacroUnavailable>;
  toAdf(view: MacroView): AdfNode[];
}
