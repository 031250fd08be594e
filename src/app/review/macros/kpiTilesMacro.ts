import type { KpiTilesView } from '../../../contract/review';
import { KpiKey } from '../../../domain/review/macroConfig';
import { findingSourceTitles } from '../../../domain/findings/findingSource';
import { recordsOfSource } from '../../../domain/review/kpis/recordsOfSource';
import { asOfDay } from '../../../domain/review/kpis/days';
import { paragraph, table, text, type AdfNode } from '../../pages/adf';
import { cycleCoverageOn } from '../figures/cycleCoverage';
import { kpiTiles } from '../figures/kpiTiles';
import { readFigures } from '../figures/readFigures';
import { figuresPeriod } from '../figuresPeriod';
import type { MacroDefinition } from '../macroDefinition';

const sourceWords = {
  store: 'app records',
  recorded: 'recorded figures',
  jql: 'counted in Jira',
  missing: 'incomplete',
};

/**
 * The KPI tiles of a period (the config's, else the current cycle): two store statements, no Jira
 * call. A KPI without data shows "—" and says why in its detail; the macro itself is never blank.
 */
export const kpiTilesMacro: MacroDefinition<'kpiTiles'> = {
  async compute(services, config, now) {
    const source = await readFigures(services, now);
    const period = figuresPeriod(source.settings, config, now);
    const tiles = kpiTiles({
      records: config.source ? recordsOfSource(source.records, config.source) : source.records,
      period,
      today: source.today,
      coverage: cycleCoverageOn(source, asOfDay(period, source.today)),
    });
    const keys = config.tiles ?? KpiKey.options;
    return {
      macro: 'kpiTiles',
      period,
      tiles: keys.map((key) => tiles[key]),
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
        ['KPI', 'Value', 'Detail'],
        view.tiles.map((tile) => [
          tile.title,
          tile.value,
          tile.source === 'store' ? tile.detail : `${tile.detail} (${sourceWords[tile.source]})`,
        ]),
      ),
    ];
  },
};
