import type { ParsedInput } from '../../../contract/resolvers';
import type { ConfigProblem, MacroData } from '../../../contract/review';
import { parseMacroConfig } from '../../../domain/review/macroConfig';
import { macroTitles, type MacroKind } from '../../../domain/review/macroKinds';
import type { AppServices } from '../../services';
import { macroDefinitions } from './macroDefinitions';
import { isFresh, readSnapshot, snapshotKey, type MacroSnapshot } from './macroSnapshot';

const configUnavailable = (macro: MacroKind, problems: ConfigProblem[]): MacroData => ({
  status: 'unavailable',
  macro,
  reason: `The settings of this ${macroTitles[macro]} macro are not valid`,
  fix: 'Edit the macro and correct the settings named below',
  problems,
});

/** The figures of one macro as of `now`, or why there are none; computed from the store only. */
export async function computeMacroData(
  services: AppServices,
  macro: MacroKind,
  config: Record<string, unknown>,
  now: Date,
): Promise<MacroData> {
  const parsed = parseMacroConfig(macro, config);
  if (!parsed.ok) return configUnavailable(macro, parsed.problems);
  const definition = macroDefinitions[macro] as (typeof macroDefinitions)[MacroKind];
  const result = await definition.compute(services, parsed.config as never, now);
  if ('unavailable' in result) {
    return { status: 'unavailable', macro, reason: result.reason, fix: result.fix, problems: [] };
  }
  return { status: 'ready', macro, computedAt: now.toISOString(), view: result };
}

/**
 * A macro on a page asks for its figures. When its snapshot was computed at the store's current
 * trail head (nothing changed since) and recently, that is the answer: one small read instead of
 * the whole programme. Otherwise the figures are computed and kept as the new snapshot, which is
 * also what the page's PDF/Word export prints with one read (see exportMacro). The head is read
 * BEFORE computing, so a change made meanwhile leaves the snapshot older than the store, never
 * newer. A failed snapshot read or write never costs the reader their figures.
 */
export async function getMacroData(services: AppServices, input: ParsedInput<'getMacroData'>): Promise<MacroData> {
  const now = services.clock.now();
  const stamp = await services.trail.headSeq();
  const cached = await readSnapshot(services.snapshots, input.macro, input.config);
  if (cached && cached.stamp === stamp && isFresh(cached.data, now)) return cached.data;
  const data = await computeMacroData(services, input.macro, input.config, now);
  try {
    await services.snapshots.set(snapshotKey(input.macro, input.config), { stamp, data } satisfies MacroSnapshot);
  } catch (error) {
    console.warn(`review macro: could not keep the ${input.macro} snapshot: ${String(error)}`);
  }
  return data;
}

export async function checkMacroConfig(input: ParsedInput<'checkMacroConfig'>): Promise<{ problems: ConfigProblem[] }> {
  const parsed = parseMacroConfig(input.macro, input.config);
  return { problems: parsed.ok ? [] : parsed.problems };
}
