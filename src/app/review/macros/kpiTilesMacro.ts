import type { KpiTile, KpiTilesView } from '../../../contract/review';
import { KpiKey, type MacroConfigOf } from '../../../domain/review/macroConfig';
import { todayIn } from '../../../domain/calendar/timeZone';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';
import { heldStoreTiles } from './heldStoreTiles';
import type { HeldParts } from './heldParts';
import { findingSourceTitles } from '../../../domain/findings/findingSource';
import { recordsOfSource } from '../../../domain/review/kpis/recordsOfSource';
import { asOfDay } from '../../../domain/review/kpis/days';
import { paragraph, table, text, type AdfNode } from '../../pages/adf';
import { cycleCoverageOn } from '../figures/cycleCoverage';
import { kpiTiles, recordedFigureTiles } from '../figures/kpiTiles';
import { readFiguresAndTargets } from '../figures/readFigures';
import { figuresPeriod } from '../figuresPeriod';
import type { MacroDefinition } from '../macroDefinition';
import { kpiTargetsAmong } from '../objectives/objectivesAndTargets';
import { withTargets } from '../figures/tileTargets';

const sourceWords = {
  store: 'app records',
  recorded: 'recorded figures',
  jql: 'counted in Jira',
  missing: 'incomplete',
};

type TilesConfig = MacroConfigOf<'kpiTiles'>;

/** Every tile from one read of every record the formulas need, and the targets. */
async function tilesRead(services: AppServices, config: TilesConfig, now: Date) {
  const source = await readFiguresAndTargets(services, now);
  const period = figuresPeriod(source.settings, config, now);
  const tiles = kpiTiles({
    records: config.source ? recordsOfSource(source.records, config.source) : source.records,
    period,
    today: source.today,
    coverage: cycleCoverageOn(source, asOfDay(period, source.today)),
  });
  return { period, tiles, targets: source.kpiTargets };
}

/**
 * The same tiles when a reader asks: the settings and the month's figures (one small statement),
 * the tiles from the records as a held part (its snapshot while no change touched what it read).
 */
async function tilesHeld(services: AppServices, config: TilesConfig, now: Date, held: HeldParts) {
  // The targets ride in the small read: applied after the held part, they never invalidate it.
  const small = await services.store.listMany(['programmeSettings', 'periodFigures', 'kpiTargets']);
  const settings = programmeSettingsAmong(small.programmeSettings, now);
  const today = todayIn(settings.timeZone, now);
  const period = figuresPeriod(settings, config, now);
  const fromRecords = await heldStoreTiles(held, { period, today, source: config.source ?? null }, now);
  const tiles: Record<KpiKey, KpiTile> = {
    ...fromRecords,
    ...recordedFigureTiles(small.periodFigures, period, today),
  };
  return { period, tiles, targets: kpiTargetsAmong(small.kpiTargets) };
}

/**
 * The KPI tiles of a period (the config's, else the current cycle), from the store only, no Jira
 * call. A KPI without data shows "—" and says why in its detail; the macro itself is never blank.
 * Each tile says where its figure stands against the organisation's target, or "no target set".
 */
export const kpiTilesMacro: MacroDefinition<'kpiTiles'> = {
  async compute(services, config, now, held) {
    const { period, tiles, targets } = held
      ? await tilesHeld(services, config, now, held)
      : await tilesRead(services, config, now);
    const keys = config.tiles ?? KpiKey.options;
    return {
      macro: 'kpiTiles',
      period,
      tiles: withTargets(
        keys.map((key) => tiles[key]),
        targets,
      ),
      ...(config.source ? { source: config.source } : {}),
    } satisfies KpiTilesView;
  },

  toAdf(view): AdfNode[] {
    if (view.macro !== 'kpiTiles') return [];
    return [
      paragraph(
        text(
          `Period ${view.period.from} to ${view.period.to}${view.source ? `; nonconformities from: ${findingSourceTitles[view.source]}` : ''}`,
          [{ type: 'em' }],
        ),
      ),
      table(
        ['KPI', 'Value', 'Target', 'Detail'],
        view.tiles.map((tile) => [
          tile.title,
          tile.value,
          tile.target.words,
          tile.source === 'store' ? tile.detail : `${tile.detail} (${sourceWords[tile.source]})`,
        ]),
      ),
    ];
  },
};
