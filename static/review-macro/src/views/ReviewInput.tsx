import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { ReviewInputView } from '../../../../src/contract/review';
import { Cell, ColumnHeads } from './tableParts';
import { tableStyle } from './tableStyles';

const sourceWords: Record<ReviewInputView['source'], string> = {
  store: 'Computed by the app from its records',
  entered: 'Entered by the programme manager',
  mixed: "Computed by the app and completed by the programme manager's entries",
};

/** One ISO 27001 9.3.2 review input: its clause, its sections (text and tables) and who entered it. */
export function ReviewInput({ view }: { view: ReviewInputView }) {
  return (
    <div data-testid="review-input" data-clause={view.clause}>
      <p style={{ font: token('font.body.small'), color: token('color.text.subtle'), margin: 0 }}>
        ISO/IEC 27001:2022 clause {view.clause} · {sourceWords[view.source]}
      </p>
      {view.sections.map((section, i) => (
        <section key={`${section.heading}-${i}`} style={{ marginTop: token('space.150') }}>
          <Heading size="xsmall">{section.heading}</Heading>
          {section.paragraphs.map((paragraph, j) => (
            <p key={j} style={{ font: token('font.body'), margin: `${token('space.075')} 0` }}>
              {paragraph}
            </p>
          ))}
          {section.table ? (
            <table style={{ ...tableStyle, marginTop: token('space.075') }}>
              <ColumnHeads columns={section.table.columns} />
              <tbody>
                {section.table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <Cell key={c}>{cell}</Cell>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      {view.sections.length === 0 ? <p>Nothing is recorded for this input yet.</p> : null}
      <p
        data-testid="review-input-entered"
        style={{ font: token('font.body.small'), color: token('color.text.subtlest'), marginTop: token('space.150') }}
      >
        {view.entered
          ? `Entered by ${view.entered.updatedByName}, version ${view.entered.version}, ${view.entered.updatedAt.slice(0, 16).replace('T', ' ')} UTC`
          : 'No entries recorded for this input.'}
      </p>
    </div>
  );
}
