import type { ReviewInputSection } from '../../../contract/review';
import {
  applicableControls,
  ImplementationStatus,
  implementationTitles,
  type StatementOfApplicability,
} from '../../../domain/soa/soa';
import type { MacroDefinition } from '../macroDefinition';
import { enteredPart, enteredStamp } from './enteredSections';
import { inputAdf } from './inputAdf';
import { inputView, loadInputSource, section } from './inputSource';

/** The SoA is one record with this id. */
const soaId = 'soa';

const capitalised = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/**
 * The risk treatment's status as the SoA records it: of the applicable controls, how many are
 * implemented, partly, planned or not at all (the treatment plan is carried out through them).
 */
export function soaTreatmentSection(soa: StatementOfApplicability | null): ReviewInputSection {
  const heading = 'Risk treatment: implementation of the applicable Annex A controls';
  if (!soa) {
    return section(heading, [
      'The Statement of Applicability is not recorded in the app yet, so the treatment status cannot be shown.',
      'The programme manager records it in the Audit programme app under Statement of Applicability.',
    ]);
  }
  const applicable = new Set(applicableControls(soa));
  const entries = soa.entries.filter((e) => applicable.has(e.controlId));
  const count = (status: ImplementationStatus) => entries.filter((e) => e.implementation === status).length;
  const share = (n: number) => (entries.length === 0 ? '—' : `${Math.round((n / entries.length) * 100)}%`);
  const order: ImplementationStatus[] = ['implemented', 'partial', 'planned', 'notImplemented'];
  return section(
    heading,
    [
      `${entries.length} of ${soa.entries.length} Annex A controls are applicable; ${count('implemented')} of them are implemented.`,
    ],
    {
      columns: ['Implementation', 'Controls', 'Share'],
      rows: order.map((status) => [
        capitalised(implementationTitles[status]),
        String(count(status)),
        share(count(status)),
      ]),
    },
  );
}

/**
 * 9.3.2 f: results of the risk assessment (entered for the review) and the status of the risk
 * treatment plan (the SoA's implementation column of the applicable controls).
 */
export const riskTreatmentMacro: MacroDefinition<'riskTreatment'> = {
  async compute(services, config, now) {
    const source = await loadInputSource(services, config, now, ['statementOfApplicability', 'reviewInput'] as const);
    if ('unavailable' in source) return source;
    const soa = source.records.statementOfApplicability.find((s) => s.id === soaId)?.record ?? null;
    const entered = enteredPart('riskTreatment', source.review, source.records.reviewInput);
    return inputView(
      'riskTreatment',
      source,
      'mixed',
      [...entered.sections, soaTreatmentSection(soa)],
      enteredStamp(entered.stored),
    );
  },
  toAdf: inputAdf,
};
