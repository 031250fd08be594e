import { auditResolvers } from '../../../src/contract/audits';
import type { FindingView } from '../../../src/contract';
import { meetingInput, newMeeting } from '../../../static/programme/src/audits/steps/meetingDraft';
import { reviseDraftOf, reviseInput } from '../../../static/programme/src/audits/steps/reviseDraft';

const content = {
  grade: 'minorNC' as const,
  itemId: 'A.5.18',
  areaId: 'area-it',
  requirement: 'Access rights are removed on the last working day.',
  evidence: 'Two of ten leavers kept VPN access.',
  gap: 'Leavers keep access.',
};
const finding = (id: string, withdrawn = false) =>
  ({ id, version: 3, withdrawn, finding: { content } }) as unknown as FindingView;

describe('the audit page’s step forms send what the resolvers accept', () => {
  it('[ISO9.2.2] a closing meeting starts with every standing finding agreed, and a diverging one carries its opinion', () => {
    const draft = newMeeting(
      'closing',
      '2026-11-20',
      ['lead', 'auditee', 'lead'],
      [finding('f-1'), finding('f-2'), finding('f-gone', true)],
    );
    expect(draft.attendeeIds).toEqual(['lead', 'auditee']);
    expect(draft.positions.map((p) => p.findingId)).toEqual(['f-1', 'f-2']);
    draft.positions[1] = { findingId: 'f-2', position: 'diverging', opinion: 'The two accounts were disabled in AD.' };
    const input = meetingInput('closing', 'audit-1', 7, draft);
    expect(auditResolvers.recordAuditMeeting.input.parse(input)).toEqual({
      auditId: 'audit-1',
      expectedVersion: 7,
      meeting: 'closing',
      content: {
        heldOn: '2026-11-20',
        attendeeIds: ['lead', 'auditee'],
        pointsRaised: '',
        positions: [
          { findingId: 'f-1', position: 'agreed' },
          { findingId: 'f-2', position: 'diverging', opinion: 'The two accounts were disabled in AD.' },
        ],
      },
    });
  });

  it('[ISO9.2.2] an opening meeting sends no positions', () => {
    const input = meetingInput(
      'opening',
      'audit-1',
      2,
      newMeeting('opening', '2026-11-02', ['lead'], [finding('f-1')]),
    );
    expect(auditResolvers.recordAuditMeeting.input.parse(input)).toEqual({
      auditId: 'audit-1',
      expectedVersion: 2,
      meeting: 'opening',
      content: { heldOn: '2026-11-02', attendeeIds: ['lead'], pointsRaised: '' },
    });
  });

  it('[ISO10.2] a regrade sends the new content, a withdrawal none, both with the reason and the version read', () => {
    const draft = reviseDraftOf(finding('f-1'));
    expect(draft.content).toEqual(content);
    const regraded = reviseInput(finding('f-1'), {
      ...draft,
      content: { ...draft.content, grade: 'observation' },
      reason: 'Only one leaver in the sample after rechecking the HR dates.',
    });
    expect(auditResolvers.reviseFinding.input.parse(regraded)).toMatchObject({
      findingId: 'f-1',
      expectedVersion: 3,
      change: { kind: 'revise', content: { grade: 'observation' } },
    });
    const withdrawn = reviseInput(finding('f-1'), { ...draft, kind: 'withdraw', reason: 'Raised twice by mistake.' });
    expect(auditResolvers.reviseFinding.input.parse(withdrawn)).toEqual({
      findingId: 'f-1',
      expectedVersion: 3,
      change: { kind: 'withdraw' },
      reason: 'Raised twice by mistake.',
    });
  });
});
