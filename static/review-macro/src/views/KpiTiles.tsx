import { token } from '@atlaskit/tokens';
import type { KpiTile, KpiTilesView } from '../../../../src/contract/review';

const statusStyles: Record<KpiTile['status'], { background: string; border: string; word: string }> = {
  good: { background: token('color.background.success'), border: token('color.border.success'), word: 'On target' },
  warning: {
    background: token('color.background.warning'),
    border: token('color.border.warning'),
    word: 'Needs attention',
  },
  bad: { background: token('color.background.danger'), border: token('color.border.danger'), word: 'Off target' },
  neutral: { background: token('color.background.neutral'), border: token('color.border'), word: 'No target' },
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

function Tile({ tile }: { tile: KpiTile }) {
  const style = statusStyles[tile.status];
  return (
    <li
      data-testid="kpi-tile"
      data-kpi={tile.key}
      data-status={tile.status}
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
        <span style={{ fontWeight: token('font.weight.semibold') }}>{style.word}</span>
        {tile.source === 'missing' ? ' · no data for the period' : ''}
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
