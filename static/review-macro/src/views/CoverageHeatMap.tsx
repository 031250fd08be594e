import { token } from '@atlaskit/tokens';
import type { CoverageCellState, CoverageHeatMapView } from '../../../../src/contract/review';
import { Legend } from '../../../shared/charts/Legend';
import { cellStyle, headCellStyle, tableStyle } from './tableStyles';

/** Each state's colour (tokens), word and the short mark printed in the cell, so colour is never the only cue. */
const states: Record<CoverageCellState, { colour: string; text: string; word: string; mark: string }> = {
  audited: {
    colour: token('color.background.success.bold'),
    text: token('color.text.inverse'),
    word: 'Audited',
    mark: '✓',
  },
  planned: {
    colour: token('color.background.information.bold'),
    text: token('color.text.inverse'),
    word: 'Planned',
    mark: 'P',
  },
  gap: { colour: token('color.background.danger.bold'), text: token('color.text.inverse'), word: 'Gap', mark: '!' },
  none: { colour: token('color.background.neutral'), text: token('color.text.subtlest'), word: 'Nothing', mark: '' },
};

/** Clauses and Annex A themes × the cycle's months, coloured by coverage, with a legend and totals. */
export function CoverageHeatMap({ view }: { view: CoverageHeatMapView }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <p style={{ font: token('font.body.small'), margin: `0 0 ${token('space.100')}` }} data-testid="coverage-totals">
        {view.totals.audited} audited · {view.totals.planned} planned · {view.totals.gap} not covered
      </p>
      <table style={{ ...tableStyle, width: 'auto' }} data-testid="coverage-heat-map">
        <caption style={{ textAlign: 'left', font: token('font.body.small'), color: token('color.text.subtle') }}>
          Audit coverage per month of the cycle {view.cycle.start} to {view.cycle.end}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={headCellStyle}>
              Clause or theme
            </th>
            {view.months.map((month) => (
              <th
                key={month}
                scope="col"
                style={{ ...headCellStyle, textAlign: 'center', padding: token('space.050') }}
              >
                {month.slice(2)}
              </th>
            ))}
            <th scope="col" style={headCellStyle}>
              Over the cycle
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} data-testid="coverage-row" data-state={row.state}>
              <th scope="row" style={{ ...cellStyle, textAlign: 'left', fontWeight: token('font.weight.regular') }}>
                {row.title}
              </th>
              {row.cells.map((state, i) => (
                <td
                  key={view.months[i] ?? i}
                  aria-label={`${row.title}, ${view.months[i]}: ${states[state].word}`}
                  title={`${view.months[i]}: ${states[state].word}`}
                  style={{
                    background: states[state].colour,
                    color: states[state].text,
                    textAlign: 'center',
                    minWidth: 28,
                    border: `2px solid ${token('elevation.surface')}`,
                    font: token('font.body.small'),
                  }}
                >
                  {states[state].mark}
                </td>
              ))}
              <td style={cellStyle}>
                {states[row.state].word} — {row.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Legend
        entries={(['audited', 'planned', 'gap'] as const).map((state) => ({
          label: `${states[state].mark} ${states[state].word}`,
          colour: states[state].colour,
        }))}
      />
    </div>
  );
}
