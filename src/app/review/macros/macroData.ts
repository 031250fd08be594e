import type { ParsedInput } from '../../../contract/resolvers';
import type { ConfigProblem, MacroData } from '../../../contract/review';
import { parseMacroConfig, type MacroConfigOf } from '../../../domain/review/macroConfig';
import { macroTitles, type MacroKind } from '../../../domain/review/macroKinds';
import type { AppServices, Caller } from '../../services';
import { macroDefinitions } from './macroDefinitions';
import { isFresh, readSnapshot, stillHolds, writeSnapshot } from './macroSnapshot';
import { heldParts, type HeldParts } from './heldParts';
import { recordingReads } from './recordedReads';

/** Why a macro whose settings do not parse shows no figures, with every setting at fault. */
export const configUnavailable = (macro: MacroKind, problems: ConfigProblem[]): MacroData => ({
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
  config: unknown,
  now: Date,
): Promise<MacroData> {
  const parsed = parseMacroConfig(macro, config);
  if (!parsed.ok) return configUnavailable(macro, parsed.problems);
  return computeValidMacroData(services, macro, parsed.config, now);
}

/** The figures of one macro for a config that already passed `parseMacroConfig`. */
export async function computeValidMacroData<K extends MacroKind>(
  services: AppServices,
  macro: K,
  config: MacroConfigOf<K>,
  now: Date,
  held?: HeldParts,
): Promise<MacroData> {
  const definition = macroDefinitions[macro] as (typeof macroDefinitions)[MacroKind];
  const result = await definition.compute(services, config as never, now, held);
  if ('unavailable' in result) {
    return { status: 'unavailable', macro, reason: result.reason, fix: result.fix, problems: [] };
  }
  return { status: 'ready', macro, computedAt: now.toISOString(), view: result };
}

/**
 * A macro on a page asks for its figures. When its snapshot is recent and still holds (computed at
 * the store's current trail head, or no change since touched a record type it read: a month's
 * figures recorded leaves the finding register as it was), that is the answer: a few small reads
 * instead of the whole programme. Otherwise the figures are computed, with the record types they
 * read, and kept as the new snapshot, which is also what the page's PDF/Word export prints with one
 * read (see exportMacro). The head is read BEFORE computing, so a change made meanwhile leaves the
 * snapshot older than the store, never newer. Parts of the figures a macro keeps as snapshots of
 * their own (heldParts) count their record types as the macro's reads. Only a config that parses
 * is looked up or kept (its parsed form is the key), so a junk config costs no KVS entry. A failed
 * snapshot read or write never costs the reader their figures.
 */
export async function getMacroData(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'getMacroData'>,
): Promise<MacroData> {
  const now = services.clock.now();
  const parsed = parseMacroConfig(input.macro, input.config);
  if (!parsed.ok) return configUnavailable(input.macro, parsed.problems);
  const stamp = await services.trail.headSeq();
  const cached = await readSnapshot(services.snapshots, input.macro, parsed, now);
  if (cached && isFresh(cached.data, now) && (await stillHolds(services.trail, cached, stamp))) return cached.data;
  const recorded = recordingReads(services);
  const held = heldParts(services, recorded, now);
  const data = await computeValidMacroData(recorded.services, input.macro, parsed.config, now, held);
  try {
    await writeSnapshot(services.snapshots, input.macro, parsed, { stamp, data, reads: recorded.reads() }, now);
  } catch (error) {
    console.warn(`review macro: could not keep the ${input.macro} snapshot: ${String(error)}`);
  }
  return data;
}

/** Every problem of a macro's config, each with its field; a config panel asks before it saves. */
export async function checkMacroConfig(
  _services: AppServices,
  _caller: Caller,
  input: ParsedInput<'checkMacroConfig'>,
): Promise<{ problems: ConfigProblem[] }> {
  const parsed = parseMacroConfig(input.macro, input.config);
  return { problems: parsed.ok ? [] : parsed.problems };
}
