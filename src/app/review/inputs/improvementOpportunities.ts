import type { ReviewInputSection } from '../../../contract/review';
import { catalogueItem } from '../../../domain/catalogue/catalogue';
import type { AuditRecord } from '../../../domain/audits/auditPlan';
import type { FindingRecord } from '../../../domain/audits/finding';
import { describeSource } from '../../../domain/findings/findingSource';
import type { StoredRecord } from '../../../ports/recordStore';
import type { MacroDefinition } from '../macroDefinition';
import { enteredPart, enteredStamp } from './enteredSections';
import { closedActionsSection } from './closedActionsSection';
import { inputAdf } from './inputAdf';
import { inRange, inputView, listedPart, loadInputSource, section } from './inputSource';

/** The period's opportunities for improvement (OFI findings), oldest first, named as the auditors wrote them. */
export function opportunitySection(
  findings: Array<StoredRecord<FindingRecord>>,
  audits: ReadonlyMap<string, AuditRecord>,
  areaNames: ReadonlyMap<string, string>,
  period: { from: string; to: string },
): ReviewInputSection {
  const heading = 'Opportunities for improvement found by audits in the period';
  const ofis = findings
    .filter((f) => f.record.content.grade === 'opportunity' && inRange(f.record.raisedOn, period))
    .sort((a, b) => a.record.raisedOn.localeCompare(b.record.raisedOn) || a.id.localeCompare(b.id));
  if (ofis.length === 0) return section(heading, ['No audit recorded an opportunity for improvement in the period.']);
  const listed = listedPart(ofis, 'opportunities (oldest first)');
  const counted = `${ofis.length} opportunit${ofis.length === 1 ? 'y' : 'ies'} for improvement.`;
  return section(heading, [counted, ...listed.note], {
    columns: ['Clause or control', 'Area', 'Audit', 'Raised on', 'Observed'],
    rows: listed.rows.map((f) => {
      const item = catalogueItem(f.record.content.itemId);
      return [
        item ? `${f.record.content.itemId} ${item.title}` : f.record.content.itemId,
        areaNames.get(f.record.content.areaId) ?? f.record.content.areaId,
        f.record.auditId === null
          ? describeSource(f.record.source)
          : (audits.get(f.record.auditId)?.plan.title ?? f.record.auditId),
        f.record.raisedOn,
        f.record.content.evidence,
      ];
    }),
  });
}

/**
 * 9.3.2 g: opportunities for continual improvement — the ideas the programme manager entered for
 * the review, the OFI findings the period's audits recorded, and the actions closed in the period
 * with the ISMS changes they made.
 */
export const improvementOpportunitiesMacro: MacroDefinition<'improvementOpportunities'> = {
  async compute(services, config, now) {
    const source = await loadInputSource(services, config, now, [
      'finding',
      'audit',
      'reviewInput',
      'auditableArea',
      'correctiveAction',
    ] as const);
    if ('unavailable' in source) return source;
    const { finding, audit, reviewInput, auditableArea: areas, correctiveAction } = source.records;
    const entered = enteredPart('improvementOpportunities', source.review, reviewInput);
    return inputView(
      'improvementOpportunities',
      source,
      'mixed',
      [
        ...entered.sections,
        opportunitySection(
          finding,
          new Map(audit.map((a) => [a.id, a.record])),
          new Map(areas.map((a) => [a.id, a.record.name])),
          source.period,
        ),
        closedActionsSection(correctiveAction, source.period, source.settings.timeZone),
      ],
      enteredStamp(entered.stored),
    );
  },
  toAdf: inputAdf,
};
