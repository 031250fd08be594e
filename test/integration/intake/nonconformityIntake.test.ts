import type { FindingView } from '../../../src/contract/audits';
import type { CorrectiveActionView, IssueContextView } from '../../../src/contract/actions';
import type { NonconformityView } from '../../../src/contract/intake';
import type { RaiseJobView } from '../../../src/contract/jira';
import type { FileDownload } from '../../../src/contract/programme';
import type { FindingRegisterView, MacroData } from '../../../src/contract/review';
import type { AppServices } from '../../../src/app/services';
import { parseCsv } from '../../../src/domain/csv/csv';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  auditId,
  areaId,
  invoke,
  issuesByFinding,
  lead,
  manager,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from '../jira/raisingFixture';

/**
 * Issue 16, item 1: one intake for every nonconformity source. An FDA Form 483 observation is
 * recorded with no audit, raised to Jira on the one exactly-once path, answered by a corrective
 * action and found in the register by its source, while the audit's own lists stay its own.
 */
jest.setTimeout(120_000);
const registerOf = (data: MacroData): FindingRegisterView => {
  if (data.status !== 'ready') throw new Error(`The register is unavailable: ${data.reason}`);
  return data.view as FindingRegisterView;
};

let platform: SandboxPlatform;
let services: AppServices;

const observation = {
  source: { kind: 'regulatoryInspection', authority: 'FDA', reference: '483-2026-0142', observation: '3' },
  finding: {
    grade: 'majorNC',
    itemId: 'A.8.13',
    areaId,
    requirement: 'Backups of the LIMS are restored on a schedule (21 CFR 211.68(b))',
    evidence: 'No restore of the LIMS database was recorded between March and November 2026',
    gap: 'Restores of GMP data are never tested',
  },
};

const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const findingCount = async () => (await services.store.list('finding')).length;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedAudit(services, 2);
});

afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('one intake for every nonconformity source', () => {
  it('[ISO10.2a] records an FDA 483 observation, raises exactly one Jira issue for it, opens a CA on it, and the register finds it by source', async () => {
    const recorded = await value(invoke<FindingView>(platform, 'recordNonconformity', observation, manager));
    expect(recorded.finding).toMatchObject({ auditId: null, source: observation.source });
    expect(recorded.auditTitle).toBe('Regulatory inspection: FDA 483-2026-0142, observation 3');

    const job = await value(
      invoke<RaiseJobView>(platform, 'raiseNonconformityIssues', { findingIds: [recorded.id] }, lead),
    );
    expect(job.auditId).toBeNull();
    // Asked again while the first job is under way: nothing more is queued.
    const again = await invoke(platform, 'raiseNonconformityIssues', { findingIds: [recorded.id] }, manager);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await runQueue(platform);
    const afterwards = await invoke(platform, 'raiseNonconformityIssues', { findingIds: [recorded.id] }, manager);
    expect(afterwards).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await runQueue(platform);

    const issues = await issuesByFinding(platform);
    expect(issues.get(recorded.id)).toHaveLength(1);
    const key = issues.get(recorded.id)![0]!;
    const issue = await platform.requestProduct('jira', 'GET', `/rest/api/3/issue/${key}`, undefined, manager, 'user');
    const description = JSON.stringify((issue.body as { fields: { description: unknown } }).fields.description);
    expect(description).toContain('Regulatory inspection: FDA 483-2026-0142, observation 3');
    expect(description).not.toContain('IT operations audit');

    const { nonconformities } = await value(
      invoke<{ nonconformities: NonconformityView[] }>(platform, 'listNonconformities', {}, manager),
    );
    expect(nonconformities).toEqual([
      expect.objectContaining({
        id: recorded.id,
        issueKey: key,
        jiraState: 'raised',
        sourceTitle: recorded.auditTitle,
      }),
    ]);

    const action = await value(
      invoke<CorrectiveActionView>(
        platform,
        'openCorrectiveAction',
        {
          findingIds: [recorded.id],
          title: 'Test LIMS restores every quarter',
          correction: { text: 'Restored the LIMS database to a test server and compared it' },
        },
        lead,
      ),
    );
    expect(action.findings).toEqual([
      expect.objectContaining({
        id: recorded.id,
        auditTitle: 'Regulatory inspection: FDA 483-2026-0142, observation 3',
      }),
    ]);

    // The issue panel names the source where an audit finding's names the audit.
    const panel = await value(invoke<IssueContextView>(platform, 'getIssueContext', { issueKey: key }, manager));
    expect(panel.findings).toEqual([
      expect.objectContaining({ id: recorded.id, auditId: null, auditTitle: recorded.auditTitle, evidenceLinks: [] }),
    ]);

    const register = await value(
      invoke<MacroData>(platform, 'getMacroData', {
        macro: 'findingRegister',
        config: { source: 'regulatoryInspection' },
      }),
    );
    const rows = registerOf(register).rows;
    expect(rows.map((row) => row.findingId)).toEqual([recorded.id]);
    expect(rows[0]).toMatchObject({ auditId: null, source: 'regulatoryInspection', issueKey: key, open: true });
    const all = await value(invoke<MacroData>(platform, 'getMacroData', { macro: 'findingRegister', config: {} }));
    expect(registerOf(all).total).toBe(3);

    // The audit's own lists stay its own.
    const ofAudit = await value(invoke<{ findings: FindingView[] }>(platform, 'listFindings', { auditId }, manager));
    expect(ofAudit.findings.map((f) => f.id)).not.toContain(recorded.id);
    const auditRegister = await value(
      invoke<MacroData>(platform, 'getMacroData', { macro: 'findingRegister', config: { auditId } }),
    );
    expect(registerOf(auditRegister).rows.map((row) => row.findingId)).not.toContain(recorded.id);

    const csv = await value(invoke<FileDownload>(platform, 'exportReviewCsv', { register: 'findings' }));
    const parsed = parseCsv(csv.content);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...lines] = parsed.records.map((record) => record.cells);
    const line = lines.find((cells) => cells[0] === recorded.id)!;
    expect(line[header!.indexOf('source')]).toBe('regulatoryInspection');
    expect(line[header!.indexOf('source reference')]).toBe('Regulatory inspection: FDA 483-2026-0142, observation 3');
  });

  it('[ISO10.2a] refuses bad input naming the field, and callers who may not record one, changing nothing', async () => {
    const before = await trailLength();
    const noReference = await invoke(
      platform,
      'recordNonconformity',
      { ...observation, source: { kind: 'regulatoryInspection', authority: 'FDA' } },
      manager,
    );
    expect(noReference).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'source.reference' } });
    const internal = await invoke(platform, 'recordNonconformity', {
      ...observation,
      source: { kind: 'internalAudit' },
    });
    expect(internal).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'source.kind' } });
    const nowhere = await invoke(platform, 'recordNonconformity', {
      ...observation,
      finding: { ...observation.finding, areaId: 'area-none' },
    });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'finding.areaId' } });
    const noGap = await invoke(platform, 'recordNonconformity', {
      ...observation,
      finding: { ...observation.finding, gap: '' },
    });
    expect(noGap).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'finding.gap' } });
    await value(
      invoke(platform, 'setUserRoles', { accountId: 'acct-auditee', roles: ['auditee'], expectedVersion: 0 }),
    );
    const afterRoles = await trailLength();
    const auditee = await invoke(platform, 'recordNonconformity', observation, 'acct-auditee');
    expect(auditee).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await trailLength()).toBe(afterRoles);
    expect(afterRoles).toBe(before + 1);
    expect(await findingCount()).toBe(2);

    // An audit's finding is raised from its audit, not as an outside nonconformity.
    const fromAudit = await invoke(platform, 'raiseNonconformityIssues', { findingIds: ['finding-0001'] });
    expect(fromAudit).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'findingIds.0' } });
  });
});

describe("importing an inspection's observations from CSV", () => {
  const header = 'authority,reference,observation,requirement,statement,gap,grade,area,clause';
  const good = [
    `MHRA,GMP-INS-2026-77,1,Audit trails are reviewed,No audit-trail review for the LIMS in 2026,No review done,majorNC,IT operations,A.8.15`,
    `MHRA,GMP-INS-2026-77,2,Backups are restored on a schedule,"Restore tests stopped in March, the log shows",No restore test,minor nonconformity,${areaId},a.8.13`,
  ];

  it('[ISO10.2f] refuses a file with a bad line as a whole, naming the line and column, and records nothing', async () => {
    const before = await trailLength();
    const bad = `MHRA,GMP-INS-2026-77,3,Access is reviewed,No access review,,critical,Laboratory,A.5.18`;
    const answer = await invoke<unknown>(platform, 'importInspectionObservations', {
      csv: [header, ...good, bad].join('\n'),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'csv',
        message: expect.stringContaining('nothing was imported'),
        problems: expect.arrayContaining([
          expect.objectContaining({ line: 4, column: 'grade', message: expect.stringContaining('"critical"') }),
          expect.objectContaining({ line: 4, column: 'area', message: 'There is no auditable area "Laboratory"' }),
        ]),
      },
    });
    expect(await findingCount()).toBe(2);
    expect(await trailLength()).toBe(before);
  });

  it('[ISO10.2f] records each observation as an inspection nonconformity, and a second run of the same file records nothing twice', async () => {
    const csv = [header, ...good].join('\n');
    const first = await value(
      invoke<{ nonconformities: NonconformityView[]; outcome: { created: number; unchanged: number } }>(
        platform,
        'importInspectionObservations',
        { csv, reason: 'MHRA inspection report received' },
        lead,
      ),
    );
    expect(first.outcome).toMatchObject({ created: 2, unchanged: 0 });
    expect(
      first.nonconformities.map((nc) => [nc.sourceTitle, nc.finding.content.grade, nc.finding.content.itemId]),
    ).toEqual([
      ['Regulatory inspection: MHRA GMP-INS-2026-77, observation 1', 'majorNC', 'A.8.15'],
      ['Regulatory inspection: MHRA GMP-INS-2026-77, observation 2', 'minorNC', 'A.8.13'],
    ]);
    expect(first.nonconformities.every((nc) => nc.finding.auditId === null && nc.jiraState === null)).toBe(true);
    const second = await value(
      invoke<{ outcome: { created: number; unchanged: number } }>(platform, 'importInspectionObservations', { csv }),
    );
    expect(second.outcome).toMatchObject({ created: 0, unchanged: 2 });
    expect(await findingCount()).toBe(4);
  });
});

describe('KPI tiles by source', () => {
  const openNcs = async (config: Record<string, unknown>) => {
    const data = await value(
      invoke<MacroData>(platform, 'getMacroData', {
        macro: 'kpiTiles',
        config: { tiles: ['openNcsByGrade'], ...config },
      }),
    );
    if (data.status !== 'ready' || data.view.macro !== 'kpiTiles') throw new Error('The KPI tiles are unavailable');
    return data.view.tiles[0]!.figure;
  };

  it('[ISO10.2f] counts the open nonconformities of one source, or of every source', async () => {
    await value(invoke<FindingView>(platform, 'recordNonconformity', observation, manager));
    expect(await openNcs({})).toBe(2);
    expect(await openNcs({ source: 'regulatoryInspection' })).toBe(1);
    expect(await openNcs({ source: 'internalAudit' })).toBe(1);
    expect(await openNcs({ source: 'customerComplaint' })).toBe(0);
    const refused = await value(
      invoke<MacroData>(platform, 'getMacroData', { macro: 'kpiTiles', config: { source: 'rumour' } }),
    );
    expect(refused).toMatchObject({
      status: 'unavailable',
      problems: [expect.objectContaining({ field: 'source', message: expect.stringContaining('Choose a source') })],
    });
  });
});
