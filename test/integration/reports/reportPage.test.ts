import { findingRegisterStorage } from '../../../src/app/audits/report/reportMacro';
import {
  renderReportPage,
  repeatedFindingLabel,
  reportContentOf,
  reportPageTitle,
} from '../../../src/app/audits/report/reportPage';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';

/** The pure renderer: what the report page says, from records with names already looked up. */
const audit = AuditRecord.parse({
  programmeId: 'programme_2026-01-01',
  state: 'reporting',
  reportedOn: '2026-11-27',
  origin: { kind: 'manual' },
  checklist: [
    { itemId: 'A.8.13', result: 'nonconformity', note: 'No restore test' },
    { itemId: 'A.8.15', result: 'observation', note: '' },
    { itemId: '9.2.2', result: 'conforming' },
    { itemId: '9.3', result: 'conforming' },
  ],
  plan: {
    title: 'Backups & <logging>',
    areaIds: ['area_it'],
    itemIds: ['A.8.13', 'A.8.15', '9.2.2', '9.3'],
    criteria: 'ISO/IEC 27001:2022',
    objectives: 'Restorable backups',
    methods: 'Interviews\nSampling',
    leadAuditorId: 'lead',
    teamIds: ['team'],
    auditeeIds: ['auditee'],
    plannedStart: '2026-11-23',
    plannedEnd: '2026-11-27',
  },
});
const input = {
  auditId: 'audit_7',
  auditVersion: 12,
  audit,
  conclusion: 'Effective, except restore testing.',
  distribution: ['CEO & board'],
  areaNames: new Map([['area_it', 'IT operations']]),
  people: new Map([
    ['lead', 'Rahul Mehta'],
    ['team', 'Sofia Lindqvist'],
    ['auditee', 'Olu Adeyemi'],
  ]),
  overrides: [],
  fieldworkStarted: '2026-11-23',
  findings: [
    {
      id: 'finding_1',
      record: {
        auditId: 'audit_7',
        source: { kind: 'internalAudit' as const },
        content: {
          grade: 'majorNC' as const,
          itemId: 'A.8.13',
          areaId: 'area_it',
          requirement: 'Backups are tested',
          evidence: 'No test in 2026',
          gap: 'Untested restores',
        },
        raisedOn: '2026-11-25',
        raisedBy: 'lead',
        repeatOf: [],
      },
    },
  ],
  evidence: [
    {
      id: 'evidence_1',
      record: {
        auditId: 'audit_7',
        kind: 'document' as const,
        itemId: 'A.8.13',
        description: 'Backup policy',
        reference: { type: 'url' as const, url: 'https://intranet.example/backup?a=1&b=2' },
        collectedBy: 'team',
        collectedAt: '2026-11-24T10:00:00.000Z',
      },
    },
  ],
  findingRegister: findingRegisterStorage(
    { appId: 'app-1', environmentId: 'env-1', environmentType: 'DEVELOPMENT' },
    'audit_7',
  ),
};

describe('the report page', () => {
  const page = renderReportPage(input);

  it('is titled after the audit and its planned dates, never its id', () => {
    const dates = { plannedStart: '2026-11-23', plannedEnd: '2026-11-27' };
    expect(reportPageTitle({ title: 'Backups', ...dates })).toBe('Audit report – Backups (2026-11-23 to 2026-11-27)');
    const long = reportPageTitle({ title: 'x'.repeat(400), ...dates });
    expect(long).toHaveLength(255);
    expect(long.endsWith('… (2026-11-23 to 2026-11-27)')).toBe(true);
  });

  it('escapes everything people typed', () => {
    expect(page).toContain('Backups &amp; &lt;logging&gt;');
    expect(page).toContain('CEO &amp; board');
    expect(page).toContain('https://intranet.example/backup?a=1&amp;b=2');
    expect(page).not.toContain('<logging>');
  });

  it('names scope, criteria, objectives, methods, team, dates and the conclusion and distribution', () => {
    for (const text of [
      'IT operations',
      'A.8.13',
      'ISO/IEC 27001:2022',
      'Restorable backups',
      '<p>Interviews</p><p>Sampling</p>',
      'Lead auditor: Rahul Mehta',
      'Auditor: Sofia Lindqvist',
      'Olu Adeyemi',
      '2026-11-23 to 2026-11-27',
      '<td>2026-11-27</td>',
      'Effective, except restore testing.',
      '<li>CEO &amp; board</li>',
    ]) {
      expect(page).toContain(text);
    }
  });

  it('counts the checklist results and lists the nonconformity and observation lines', () => {
    expect(page).toContain('<tr><td>Conforming</td><td>2</td></tr>');
    expect(page).toContain('<tr><td>Nonconformity</td><td>1</td></tr>');
    expect(page).toMatch(/<li>Nonconformity — A\.8\.13 [^<]*: No restore test<\/li>/);
    expect(page).toMatch(/<li>Observation — A\.8\.15 [^<]*<\/li>/);
  });

  it('shows each finding with grade, control, area, statements and its evidence references', () => {
    expect(page).toContain('Finding 1: major nonconformity — A.8.13');
    expect(page).toContain('<td>Untested restores</td>');
    expect(page).toContain('<li>document: Backup policy — https://intranet.example/backup?a=1&amp;b=2</li>');
  });

  it('embeds the finding register macro for the audit', () => {
    expect(page).toContain('<ac:adf-attribute key="extension-key">app-1/env-1/static/');
    expect(page).toContain(
      '<ac:adf-parameter key="guest-params"><ac:adf-parameter key="audit-id">audit_7</ac:adf-parameter></ac:adf-parameter>',
    );
  });

  it('names the audit, its state and a repeated finding in words, never by record id or state key', () => {
    const earlier = { ...input.findings[0]!.record, raisedOn: '2025-11-20', auditId: 'audit_3' };
    const label = repeatedFindingLabel(earlier, 'Backups 2025');
    expect(label).toBe('Major nonconformity on A.8.13 Information backup, raised on 2025-11-20 in Backups 2025');
    const repeating = renderReportPage({
      ...input,
      findings: [{ ...input.findings[0]!, record: { ...input.findings[0]!.record, repeatOf: ['finding_0'] } }],
      repeatedFindings: new Map([['finding_0', label]]),
    });
    expect(repeating).toContain(`<th>Repeats</th><td>${label}</td>`);
    expect(repeating).toContain('<th>State</th><td>Reporting</td>');
    // Only the finding register macro's parameter (not shown to readers) names the audit's id.
    const shown = repeating.replace(/<ac:adf-parameter key="audit-id">audit_7<\/ac:adf-parameter>/g, '');
    expect(shown).not.toMatch(/audit_7|finding_0|finding_1|>reporting</);
  });

  it('ends with a provenance line that content comparisons skip', () => {
    expect(page).toMatch(/Generated by the ISO 27001 audit app from the audit record, version 12<\/em><\/p>$/);
    expect(reportContentOf(page)).toBe(reportContentOf(renderReportPage({ ...input, auditVersion: 13 })));
    expect(reportContentOf(page)).not.toBe(reportContentOf(renderReportPage({ ...input, conclusion: 'Other.' })));
  });
});
