import { FindingRecord } from '../../../src/domain/audits/finding';
import { describeSource, FindingSource } from '../../../src/domain/findings/findingSource';
import { parseInput } from '../../../src/domain/parseInput';

const content = {
  grade: 'majorNC',
  itemId: 'A.8.13',
  areaId: 'area-lab',
  requirement: 'Backups of the LIMS are restored on a schedule',
  evidence: 'No restore of the LIMS database was recorded in 2026',
  gap: 'Restores are never tested',
};
const stored = { content, raisedOn: '2026-11-24', raisedBy: 'acct-lead', repeatOf: [] };
const fda = { kind: 'regulatoryInspection', authority: 'FDA', reference: '483-2026-0142', observation: '3' };

describe('the source of a nonconformity', () => {
  it('[ISO10.2f] reads a finding stored before sources existed as an internal-audit finding of its audit', () => {
    const old = FindingRecord.parse({ auditId: 'audit-1', ...stored });
    expect(old.source).toEqual({ kind: 'internalAudit' });
    expect(old.auditId).toBe('audit-1');
    expect(describeSource(old.source)).toBe('Internal audit');
  });

  it('[ISO10.2a] records an FDA Form 483 observation with no audit, named by authority, reference and number', () => {
    const observation = FindingRecord.parse({ auditId: null, source: fda, ...stored });
    expect(observation.auditId).toBeNull();
    expect(describeSource(observation.source)).toBe('Regulatory inspection: FDA 483-2026-0142, observation 3');
  });

  it('[ISO10.2f] keeps the audit link to internal audits only, and every other source without one', () => {
    expect(FindingRecord.safeParse({ auditId: null, ...stored }).success).toBe(false);
    expect(FindingRecord.safeParse({ auditId: 'audit-1', source: fda, ...stored }).success).toBe(false);
    expect(() => parseInput(FindingRecord, { auditId: null, ...stored }, 'finding')).toThrow(
      expect.objectContaining({ field: 'finding.auditId', message: 'An internal-audit finding names its audit' }),
    );
  });

  it.each([
    [{ kind: 'certificationAudit', body: 'BSI', reference: 'CA-2026-7' }, 'Certification audit: BSI CA-2026-7'],
    [{ kind: 'incident', issueKey: 'inc-42' }, 'Incident: INC-42'],
    [
      { kind: 'monitoring', reference: 'Backup success KPI, October' },
      'Monitoring and measurement: Backup success KPI, October',
    ],
    [{ kind: 'supplierAudit', supplier: 'CloudHost Ltd' }, 'Supplier audit: CloudHost Ltd'],
    [{ kind: 'customerComplaint', reference: 'CC-311' }, 'Customer complaint: CC-311'],
    [{ kind: 'managementReview', reviewId: 'review-2026' }, 'Management review: review-2026'],
    [{ kind: 'other', description: 'Internal whistle-blower report' }, 'Other: Internal whistle-blower report'],
  ])('[ISO10.2a] takes a nonconformity from %j', (source, words) => {
    expect(describeSource(FindingSource.parse(source))).toBe(words);
  });

  it.each([
    [{ kind: 'regulatoryInspection', authority: 'FDA' }, 'source.reference', 'Enter the inspection reference'],
    [
      { kind: 'regulatoryInspection', authority: ' ', reference: 'x' },
      'source.authority',
      'Enter the inspecting authority',
    ],
    [{ kind: 'incident', issueKey: 'not a key' }, 'source.issueKey', 'such as INC-12'],
    [{ kind: 'supplierAudit' }, 'source.supplier', 'Enter the supplier'],
    [{ kind: 'rumour' }, 'source.kind', 'Choose the source'],
    [{ kind: 'internalAudit', authority: 'FDA' }, 'source', 'authority'],
  ])('[ISO10.2a] refuses %j, naming the field in plain words', (source, field, words) => {
    let thrown: unknown;
    try {
      parseInput(FindingSource, source, 'source');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'invalid_input', field });
    expect((thrown as Error).message).toContain(words);
  });
});
