import { Failure } from '../../../src/domain/failure';
import { macroModuleKeys } from '../../../src/domain/review/macroKinds';
import {
  auditId,
  lead,
  manager,
  outsider,
  reachReporting,
  reportWorld,
  setIsmsSpace,
  team,
  type ReportWorld,
} from './reportFixture';

// Titled by the audit's name and planned dates (the fixture's), never its id.
const title = 'Audit report – Backups <b>&</b> logging (2026-11-23 to 2026-11-27)';
let world: ReportWorld;
afterEach(() => world.close());

const storedReport = async () => (await world.services.store.get('auditReport', auditId))!;

describe('the report page is generated when the audit reaches reporting', () => {
  beforeEach(async () => {
    world = await reportWorld();
  });

  it('[ISO9.2.2] writes the report page in the ISMS space and records it on the report', async () => {
    const moved = await reachReporting(world);
    expect(moved).toMatchObject({ ok: true, value: { state: 'reporting' } });
    const report = await storedReport();
    expect(report.record.page).toMatchObject({ spaceKey: 'ISMS', version: 1, title });
    expect(report.record.generatedFromAuditVersion).toBe(moved.value.version);
    expect(report.record.generationProblem).toBeNull();

    const page = await world.pageBody(report.record.page!.pageId);
    expect(page.title).toBe(title);
    // The finding with its statements, the checklist lines that found something, the evidence.
    expect(page.storage).toContain('Restores are not tested');
    expect(page.storage).toContain('No restore test this year');
    expect(page.storage).toContain('Backup job log for October');
    expect(page.storage).toContain('Jira issue OPS-12');
    expect(page.storage).toContain('Rahul Mehta');
    expect(page.storage).toContain('Backups &lt;b&gt;&amp;&lt;/b&gt; logging');
    expect(page.storage).not.toContain('<b>&</b>');
  });

  it('puts the finding register macro for the audit on the page, which Confluence reads as a Forge macro', async () => {
    await reachReporting(world);
    const { pageId } = (await storedReport()).record.page!;
    const answer = await world.confluence.call(
      'GET',
      `/pages/${pageId}?body-format=atlas_doc_format`,
      undefined,
      manager,
    );
    expect(answer.status).toBe(200);
    const adf = JSON.parse(
      (answer.body as { body: { atlas_doc_format: { value: string } } }).body.atlas_doc_format.value,
    );
    const extensions = JSON.stringify(adf).match(/"type":"extension"/g) ?? [];
    expect(extensions).toHaveLength(1);
    const node = (adf.content as Array<{ type: string; attrs?: any }>).find((n) => n.type === 'extension')!;
    expect(node.attrs.extensionKey).toBe(`test-app/test-environment/static/${macroModuleKeys.findingRegister}`);
    expect(node.attrs.parameters.guestParams).toEqual({ auditId });
  });

  it('Confluence down when the audit reaches reporting: the move stands and the failure is logged and recorded', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const real = world.services.confluence;
    const down = new Failure('unavailable', 'Confluence did not answer');
    world.services.confluence = {
      ...real,
      asUser: (accountId) => real.asUser(accountId),
      asApp: () => {
        const pages = real.asApp();
        return {
          spaceByKey: (key) => pages.spaceByKey(key),
          getPage: (id, version) => pages.getPage(id, version),
          mayAddPagesIn: (spaceId) => pages.mayAddPagesIn(spaceId),
          findPageByTitle: async () => Promise.reject(down),
          createPage: async () => Promise.reject(down),
          updatePage: async () => Promise.reject(down),
        };
      },
    };
    const moved = await reachReporting(world);
    expect(moved).toMatchObject({ ok: true, value: { state: 'reporting' } });
    expect((await world.services.store.get('audit', auditId))!.record.state).toBe('reporting');
    expect((await storedReport()).record).toMatchObject({
      page: null,
      generationProblem: { message: 'Confluence did not answer' },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Confluence did not answer'));
    warn.mockRestore();

    world.services.confluence = real;
    const generated = await world.value('generateAuditReport', { auditId }, lead);
    expect(generated).toMatchObject({ generationProblem: null, page: { version: 1, title } });
  });

  it('no ISMS space when the audit reaches reporting: the move stands, and generating again works', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await setIsmsSpace(world.services, null);
    const moved = await reachReporting(world);
    expect(moved).toMatchObject({ ok: true, value: { state: 'reporting' } });
    expect((await storedReport()).record).toMatchObject({
      page: null,
      generationProblem: { message: expect.stringContaining('ISMS space') },
    });
    const view = await world.value('getAuditReport', { auditId }, lead);
    expect(view.generationProblem.message).toContain('ISMS space');

    await setIsmsSpace(world.services, 'ISMS');
    const generated = await world.value('generateAuditReport', { auditId }, lead);
    expect(generated).toMatchObject({ generationProblem: null, page: { version: 1, title }, stale: false });
    jest.restoreAllMocks();
  });

  it('generating again with nothing changed writes nothing; a new finding makes the page stale until regenerated', async () => {
    await reachReporting(world);
    const before = await world.trailLength();
    const again = await world.value('generateAuditReport', { auditId }, manager);
    expect(again).toMatchObject({ page: { version: 1 }, stale: false });
    expect(await world.trailLength()).toBe(before);

    await world.services.store.apply({
      entity: 'finding',
      id: 'finding_2',
      before: null,
      after: {
        auditId,
        source: { kind: 'internalAudit' },
        content: {
          grade: 'observation',
          itemId: 'A.8.15',
          areaId: 'area_it',
          requirement: 'Logs are kept as the policy says',
          evidence: 'The policy names no retention period',
          gap: '',
        },
        raisedOn: '2026-11-24',
        raisedBy: team,
        repeatOf: [],
      },
      actor: team,
      at: world.services.clock.now(),
    });
    expect(await world.value('getAuditReport', { auditId }, lead)).toMatchObject({ stale: true });
    const regenerated = await world.value('generateAuditReport', { auditId }, lead);
    expect(regenerated).toMatchObject({ stale: false, page: { version: 2 } });
    expect((await world.pageBody(regenerated.page.pageId)).storage).toContain('The policy names no retention period');
  });

  it('an edit made in Confluence is only replaced when the caller says so', async () => {
    await reachReporting(world);
    const { pageId } = (await storedReport()).record.page!;
    await world.editInConfluence(pageId, '<p>Rewritten by hand</p>');
    const refused = await world.call('generateAuditReport', { auditId }, lead);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
    const replaced = await world.value('generateAuditReport', { auditId, replaceEditedPage: true }, lead);
    expect(replaced.page.version).toBe(3);
    expect((await world.pageBody(pageId)).storage).toContain('Restores are not tested');
  });

  it('only the programme manager or the audit’s lead generates; an auditor outside it is refused', async () => {
    await reachReporting(world);
    expect(await world.call('generateAuditReport', { auditId }, team)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await world.call('generateAuditReport', { auditId }, outsider)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('an audit still in progress has no report yet', async () => {
    expect(await world.call('generateAuditReport', { auditId }, lead)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'auditId' },
    });
  });
});

describe('the conclusion and distribution', () => {
  beforeEach(async () => {
    world = await reportWorld();
    await reachReporting(world);
  });

  it('are saved on the report (version 0 is none yet) and the page follows', async () => {
    const report = await storedReport();
    const view = await world.value(
      'saveAuditReportContent',
      {
        auditId,
        expectedVersion: report.version,
        conclusion: 'The ISMS is effective for backups, except restore testing.',
        distribution: ['Chief executive', 'Head of IT'],
      },
      lead,
    );
    expect(view).toMatchObject({
      conclusion: 'The ISMS is effective for backups, except restore testing.',
      distribution: ['Chief executive', 'Head of IT'],
      page: { version: 2 },
      stale: false,
      approvalBlockers: [],
    });
    const page = await world.pageBody(view.page.pageId);
    expect(page.storage).toContain('The ISMS is effective for backups, except restore testing.');
    expect(page.storage).toContain('<li>Head of IT</li>');
  });

  it('refuses a stale version and a blank conclusion, writing nothing', async () => {
    const before = await world.trailLength();
    expect(
      await world.call(
        'saveAuditReportContent',
        { auditId, expectedVersion: 0, conclusion: 'Effective.', distribution: [] },
        lead,
      ),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: 'expectedVersion' } });
    expect(
      await world.call(
        'saveAuditReportContent',
        { auditId, expectedVersion: (await storedReport()).version, conclusion: '  ', distribution: [] },
        lead,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'conclusion' } });
    expect(await world.trailLength()).toBe(before);
  });
});
