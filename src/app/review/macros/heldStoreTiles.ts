import { z } from 'zod';
import type { FiguresPeriod, KpiTile } from '../../../contract/review';
import type { FindingSourceKind } from '../../../domain/findings/findingSource';
import { KpiKey } from '../../../domain/review/macroConfig';
import { asOfDay } from '../../../domain/review/kpis/days';
import { recordsOfSource } from '../../../domain/review/kpis/recordsOfSource';
import type { HeldParts } from './heldParts';
import { cycleCoverageOn } from '../figures/cycleCoverage';
import { recordedFigureKeys, storeTiles, type RecordedFigureKey } from '../figures/kpiTiles';
import { readRecordFigures } from '../figures/readFigures';

type StoreTiles = Omit<Record<KpiKey, KpiTile>, RecordedFigureKey>;

const storeTileKeys = KpiKey.options.filter((key) => !(recordedFigureKeys as readonly string[]).includes(key));

/** One tile as kept in KVS, checked when read back (what KVS gives is never trusted as is). */
const KeptTile = z.object({
  key: KpiKey,
  title: z.string(),
  figure: z.number().nullable(),
  value: z.string(),
  unit: z.enum(['percent', 'days', 'hours', 'count']),
  detail: z.string(),
  breakdown: z.array(z.object({ label: z.string(), value: z.number() })),
  status: z.enum(['good', 'warning', 'bad', 'neutral']),
  source: z.enum(['store', 'recorded', 'jql', 'missing']),
}) satisfies z.ZodType<KpiTile>;

/** Every tile computed from the app's records, once each: a kept part missing one is computed again. */
const KeptStoreTiles = z
  .array(KeptTile)
  .refine((tiles) => storeTileKeys.every((key) => tiles.filter((tile) => tile.key === key).length === 1), {
    message: 'every tile from the records, once',
  });

/**
 * The KPI tiles computed from the app's records (all but the recorded period figures) for a period,
 * held as a part of the KPI tiles macro: its inputs are the period, today and the source filter, its
 * reads every record type of readFigures but the period figures. Recording a month's figures moves
 * none of them, so the macro's next view reads the month's figures and this part's snapshot only.
 */
export async function heldStoreTiles(
  held: HeldParts,
  inputs: { period: FiguresPeriod; today: string; source: FindingSourceKind | null },
  now: Date,
): Promise<StoreTiles> {
  const tiles = await held.figures('kpiStoreTiles', inputs, KeptStoreTiles, async (services) => {
    const source = await readRecordFigures(services, now);
    const computed = storeTiles({
      records: inputs.source ? recordsOfSource(source.records, inputs.source) : source.records,
      period: inputs.period,
      today: inputs.today,
      coverage: cycleCoverageOn(source, asOfDay(inputs.period, inputs.today)),
    });
    return storeTileKeys.map((key) => computed[key as keyof StoreTiles]);
  });
  return Object.fromEntries(tiles.map((tile) => [tile.key, tile])) as StoreTiles;
}
