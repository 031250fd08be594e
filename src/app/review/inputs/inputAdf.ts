import type { MacroView, ReviewInputView } from '../../../contract/review';
import { heading, paragraph, strong, table, text, type AdfNode } from '../../pages/adf';

const periodWords: Record<ReviewInputView['period']['source'], string> = {
  review: "the review's period",
  config: "the macro's period",
  cycle: 'the current audit cycle',
};

/** How a review input prints (PDF/Word): its clause and period, then each section's text and table. */
export function inputAdf(view: MacroView): AdfNode[] {
  if (!('clause' in view)) return [paragraph('This macro has no review input to print.')];
  return [
    paragraph(strong(`ISO/IEC 27001 ${view.clause}: `), text(view.title)),
    paragraph(`Period: ${view.period.from} to ${view.period.to} (${periodWords[view.period.source]}).`),
    ...view.sections.flatMap((s) => [
      heading(4, s.heading),
      ...s.paragraphs.map((p) => paragraph(p)),
      ...(s.table ? [table(s.table.columns, s.table.rows)] : []),
    ]),
    ...(view.entered
      ? [
          paragraph(
            text(
              `Entered part: version ${view.entered.version}, last changed ${view.entered.updatedAt} by ${view.entered.updatedByName}.`,
              [{ type: 'em' }],
            ),
          ),
        ]
      : []),
  ];
}
