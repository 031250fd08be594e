import { token } from '@atlaskit/tokens';
import type { KpiTile, KpiTilesView, TargetedKpiTile } from '../../../../src/contract/review';

type TargetState = TargetedKpiTile['target']['state'];

/** The colour follows the organisation's target; the words say the same, so colour is never alone. */
const targetStyles: Record<TargetState, { background: string; border: string }> = {
  onTarget: { background: token('color.background.success'), border: token('color.border.success') },
  withinTolerance: { background: token('color.background.warning'), border: token('color.border.warning') },
  offTarget: { background: token('color.background.danger'), border: token('color.border.danger') },
  noTarget: { background: token('color.background.neutral'), border: token('color.border') },
  noFigure: { background: token('color.background.neutral'), border: token('color.border') },
};

/** The app's own colour bands, shown only where no target is set and labelled as the app's default. */
const defaultBandWords: Record<KpiTile['status'], string | null> = {
  good: 'looks good',
  warning: 'needs attention',
  bad: 'poor',
  neutral: null,
};

/** The ISMS audit KPIs as tiles: value, what it counts, and its status colour (said in words too). */
export function KpiTiles({ view }: { view: KpiTilesView }) {
  if (view.tiles.length === 0) return <p>No KPI is chosen for this macro.</p>;
  return (
    <ul
      data-testid="kpi-tiles"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        gap: token('space.150'),
        listStyle: 'none',
        padding: 0,
        margin: 0,
      }}
    >
      {view.tiles.map((tile) => (
        <Tile key={tile.key} tile={tile} />
      ))}
    </ul>
  );
}

function Tile({ tile }: { tile: TargetedKpiTile }) {
  const style = targetStyles[tile.target.state];
  const defaultBand = tile.target.state === 'noTarget' ? defaultBandWords[tile.status] : null;
  return (
    <li
      data-testid="kpi-tile"
      data-kpi={tile.key}
      data-status={tile.status}
      data-target={tile.target.state}
      style={{
        background: style.background,
        borderLeft: `4px solid ${style.border}`,
        borderRadius: token('radius.small'),
        padding: token('space.150'),
        color: token('color.text'),
      }}
    >
      <div style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{tile.title}</div>
      <div style={{ font: token('font.heading.large'), margin: `${token('space.050')} 0` }} data-testid="kpi-value">
        {tile.value}
      </div>
      <div style={{ font: token('font.body.small') }}>
        <span style={{ fontWeight: token('font.weight.semibold') }} data-testid="kpi-target">
          {tile.target.words}
        </span>
        {tile.source === 'missing' ? ' · no data for the period' : ''}
        {defaultBand ? ` · app's default band, not a target: ${defaultBand}` : ''}
      </div>
      <p
        style={{
          font: token('font.body.small'),
          color: token('color.text.subtle'),
          margin: `${token('space.050')} 0 0`,
        }}
      >
        {tile.detail}
      </p>
      {tile.breakdown.length > 0 ? (
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'auto auto',
            justifyContent: 'start',
            columnGap: token('space.100'),
            margin: `${token('space.075')} 0 0`,
            font: token('font.body.small'),
          }}
        >
          {tile.breakdown.map((part) => (
            <div key={part.label} style={{ display: 'contents' }}>
              <dt style={{ color: token('color.text.subtle') }}>{part.label}</dt>
              <dd style={{ margin: 0, fontWeight: token('font.weight.semibold') }}>{part.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
