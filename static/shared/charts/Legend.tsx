import { token } from '@atlaskit/tokens';

export interface LegendEntry {
  label: string;
  colour: string;
  /** A line series shows as a short line, not a square. */
  line?: boolean;
}

/** The key under a chart: a swatch and a word per series (hidden from screen readers, the table says it). */
export function Legend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul
      aria-hidden="true"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: token('space.150'),
        listStyle: 'none',
        padding: 0,
        margin: `${token('space.100')} 0 0`,
        font: token('font.body.small'),
        color: token('color.text.subtle'),
      }}
    >
      {entries.map((entry) => (
        <li key={entry.label} style={{ display: 'flex', alignItems: 'center', gap: token('space.050') }}>
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: entry.line ? 3 : 12,
              borderRadius: 2,
              background: entry.colour,
            }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
