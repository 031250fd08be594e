import { type Auditor, competenceFor } from '../../../src/domain/auditors/competence';
import { domainCovers } from '../../../src/domain/catalogue/requirementIds';

const today = '2026-06-01';
const auditor = (change: Partial<Auditor> = {}): Auditor => ({
  accountId: 'ann',
  domains: ['A.8', '9', '7.2'],
  certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-10', expiresOn: '2027-01-09' }],
  trainings: [{ name: 'Internal audit refresher', completedOn: '2026-02-01' }],
  ...change,
});

describe('competence domains', () => {
  it.each([
    ['A.8', 'A.8.34', true],
    ['A.8', 'A.8', true],
    ['A.8', 'A.5.1', false],
    ['A', 'A.6.3', true],
    ['9', '9.2.2', true],
    ['9', '10.1', false],
    ['9.2', '9.2.2', true],
    ['9.2', '9.3', false],
    ['1', '10.1', false],
    ['A.8.3', 'A.8.34', false],
  ])('%s covers %s: %s', (domain, id, covers) => {
    expect(domainCovers(domain, id)).toBe(covers);
  });
});

describe('competenceFor', () => {
  it('is competent with a valid certificate and every scope item covered', () => {
    expect(competenceFor(auditor(), ['A.8.34', '9.2.2', '9.3', '7.2'], today)).toEqual({
      competent: true,
      reasons: [],
      uncoveredItems: [],
      expiringSoon: [],
    });
  });

  it('blocks on an expired certificate, saying which', () => {
    const expired = auditor({
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2023-01-10', expiresOn: '2026-05-31' }],
    });
    expect(competenceFor(expired, ['A.8.1'], today)).toMatchObject({
      competent: false,
      reasons: ['No certificate is valid on 2026-06-01 (ISO/IEC 27001 Lead Auditor expired on 2026-05-31)'],
    });
    // valid through its expiry day
    expect(competenceFor(expired, ['A.8.1'], '2026-05-31').competent).toBe(true);
    expect(competenceFor(auditor({ certificates: [] }), ['A.8.1'], today).reasons).toEqual([
      'No certificate is valid on 2026-06-01',
    ]);
    expect(
      competenceFor(auditor({ certificates: [{ name: 'CISA', issuedOn: '2026-07-01', expiresOn: null }] }), [], today)
        .reasons,
    ).toEqual(['No certificate is valid on 2026-06-01 (CISA from 2026-07-01)']);
  });

  it('accepts a certificate that never expires, and one valid among expired ones', () => {
    const certificates = [
      { name: 'Old', issuedOn: '2020-01-01', expiresOn: '2023-01-01' },
      { name: 'CISA', issuedOn: '2025-01-01', expiresOn: null },
    ];
    expect(competenceFor(auditor({ certificates }), ['9.1'], today).competent).toBe(true);
  });

  it('blocks on scope items outside the auditor domains, naming them', () => {
    expect(competenceFor(auditor(), ['A.8.34', 'A.5.15', '10.2', '7.3', '7.2'], today)).toMatchObject({
      competent: false,
      uncoveredItems: ['A.5.15', '10.2', '7.3'],
      reasons: [
        'No competence domain covers A.5.15',
        'No competence domain covers 10.2',
        'No competence domain covers 7.3',
      ],
    });
  });

  it('warns, without blocking, when a certificate expires within 60 days', () => {
    const expiring = (expiresOn: string) =>
      competenceFor(auditor({ certificates: [{ name: 'LA', issuedOn: '2023-01-01', expiresOn }] }), ['9.2'], today);
    expect(expiring('2026-07-31')).toMatchObject({
      competent: true,
      expiringSoon: [{ certificate: 'LA', expiresOn: '2026-07-31', daysLeft: 60 }],
    });
    expect(expiring('2026-08-01').expiringSoon).toEqual([]); // 61 days
    expect(expiring('2026-06-01')).toMatchObject({ competent: true, expiringSoon: [{ daysLeft: 0 }] });
  });

  it('rejects a malformed auditor record, naming the field', () => {
    expect(() => competenceFor(auditor({ domains: ['Z.1'] }), [], today)).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'auditor.domains.0' }),
    );
    expect(() =>
      competenceFor(
        auditor({ certificates: [{ name: 'LA', issuedOn: '2026-01-01', expiresOn: '2025-01-01' }] }),
        [],
        today,
      ),
    ).toThrow(expect.objectContaining({ field: 'auditor.certificates.0.expiresOn' }));
  });
});
