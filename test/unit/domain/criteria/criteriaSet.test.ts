import { CriteriaSetContent } from '../../../../src/domain/criteria/criteriaSet';
import {
  citesSet,
  CriteriaSetId,
  criterionKey,
  criterionRefOf,
  isoSetId,
} from '../../../../src/domain/criteria/criterionRef';

const requirement = (id: string) => ({ id, title: `Requirement ${id}`, text: 'Text.', guidance: '', group: '' });

describe('criterion references', () => {
  it('reads the bare clause and control ids records always stored as ISO references', () => {
    expect(criterionRefOf('9.2.2')).toEqual({ setId: isoSetId, requirementId: '9.2.2' });
    expect(criterionRefOf('A.8.15')).toEqual({ setId: isoSetId, requirementId: 'A.8.15' });
    expect(criterionKey({ setId: isoSetId, requirementId: 'A.8.15' })).toBe('A.8.15');
  });

  it('writes a company requirement as set id and requirement id, and reads it back', () => {
    const key = criterionKey({ setId: 'sop-cs', requirementId: '4.2' });
    expect(key).toBe('sop-cs:4.2');
    expect(criterionRefOf(key)).toEqual({ setId: 'sop-cs', requirementId: '4.2' });
    expect(citesSet(key, 'sop-cs')).toBe(true);
    expect(citesSet('A.8.15', 'sop-cs')).toBe(false);
  });

  it('keeps set ids readable and leaves the ISO id to the built-in set', () => {
    expect(CriteriaSetId.safeParse('part11').success).toBe(true);
    expect(CriteriaSetId.safeParse('SOP CS').error?.issues[0]?.message).toBe(
      'A criteria set id uses lower-case letters, digits and hyphens, starting with a letter',
    );
    expect(CriteriaSetId.safeParse(isoSetId).error?.issues[0]?.message).toBe(
      '"iso27001" is the built-in ISO/IEC 27001:2022 set',
    );
  });
});

describe('a criteria set', () => {
  it('holds requirements, a source note and cross-references to the catalogue', () => {
    const set = CriteriaSetContent.parse({
      id: 'sop-cs',
      title: 'Computerised systems SOP',
      sourceNote: 'SOP-IT-014 rev. 3',
      requirements: [requirement('4.2')],
      crossReferences: [{ requirementId: '4.2', isoId: 'A.8.15' }],
    });
    expect(set.crossReferences).toEqual([{ requirementId: '4.2', isoId: 'A.8.15' }]);
  });

  it('refuses repeated requirements, cross-references to nothing and unknown ISO ids', () => {
    const result = CriteriaSetContent.safeParse({
      id: 'sop-cs',
      title: 'Computerised systems SOP',
      requirements: [requirement('4.2'), requirement('4.2')],
      crossReferences: [
        { requirementId: '9.9', isoId: 'A.8.15' },
        { requirementId: '4.2', isoId: 'A.9.1' },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['crossReferences.1.isoId', 'Not an ISO/IEC 27001:2022 clause or Annex A control (e.g. A.8.15)'],
      ['requirements.1.id', 'Requirement 4.2 is listed twice'],
      ['crossReferences.0.requirementId', 'The cross-reference names requirement 9.9, which the set does not hold'],
    ]);
  });

  it('needs at least one requirement', () => {
    const result = CriteriaSetContent.safeParse({ id: 'gdpr', title: 'GDPR', requirements: [] });
    expect(result.error?.issues[0]?.message).toBe('A criteria set needs at least one requirement');
  });
});
