import fs from 'node:fs';
import { permissionsFile, permissionsMarkdown } from '../../../scripts/permissions';
import { resolverContract, type ResolverName } from '../../../src/contract/resolvers';
import { appRoles, hasAccess, type AppRole } from '../../../src/domain/access/appRole';
import { dispatch } from '../../../src/entry/dispatch';
import { runAs } from '../../../sandbox/platform/invocation';
import { fieldworkPeople, writeFieldworkAudit } from '../../support/fieldwork';
import { blindToCa, everyRole, fuzzWorld, type FuzzWorld } from '../../support/fuzz/fuzzWorld';
import { resolverSamples } from '../../support/resolverSamples';
import { macroExportFunctionKeys, type MacroKind } from '../../../src/domain/review/macroKinds';
import { appServices, seedAudit } from '../jira/raisingFixture';

/**
 * The role × resolver matrix: every resolver called with its well-formed sample by a holder of
 * each role and by a signed-in user with none. Denied means `forbidden` from the role gate and an
 * unmoved trail; allowed means the role gate let the call through (what the use case then answers
 * depends on the record, and the object-level cases below pin that down). The expected cell comes
 * from the contract's `access`, so a resolver added tomorrow is in the matrix at once.
 */
jest.setTimeout(300_000);

type Who = AppRole | 'noRole';
const holder = (who: Who) => `acct-matrix-${who}`;
const everyone: Who[] = [...appRoles, 'noRole'];
const names = Object.keys(resolverContract) as ResolverName[];
const cells = names.flatMap((name) => everyone.map((who) => [name, who] as [ResolverName, Who]));

let world: FuzzWorld;
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
const call = (name: ResolverName, payload: unknown, accountId: string) =>
  runAs(accountId, () =>
    dispatch(name, payload, accountId, async () => world.servicesFor(accountId)),
  ) as Promise<Answer>;
const roleGateRefusal = (name: string, answer: Answer) =>
  !answer.ok && answer.error.code === 'forbidden' && answer.error.message.startsWith(`${name} needs`);

beforeAll(async () => {
  world = await fuzzWorld();
  const { services } = world;
  for (const who of appRoles) {
    await services.store.apply({
      entity: 'userRoles',
      id: holder(who),
      before: null,
      after: { accountId: holder(who), roles: [who] },
      actor: holder('programmeManager'),
      at: services.clock.now(),
    });
  }
  for (const [accountId, roles] of [
    [fieldworkPeople.team, ['auditor']],
    [fieldworkPeople.outsider, ['auditor']],
    [fieldworkPeople.auditee, ['auditee']],
  ] as const) {
    await services.store.apply({
      entity: 'userRoles',
      id: accountId,
      before: await services.store.get('userRoles', accountId),
      after: { accountId, roles: [...roles] },
      actor: holder('programmeManager'),
      at: services.clock.now(),
    });
  }
  // Audit B: the same area and items as audit A (audit_1), but led and staffed by others.
  await writeFieldworkAudit(services, 'audit_b', 'inProgress', {
    areaIds: ['area_1'],
    leadAuditorId: fieldworkPeople.lead,
    teamIds: [fieldworkPeople.outsider],
  });
});
afterAll(() => world?.close());

describe('the role × resolver matrix', () => {
  it.each(cells)('[P11.10d] [P11.10g] [A11.12] %s as %s: the role gate follows the contract', async (name, who) => {
    const allowed = who !== 'noRole' && hasAccess([who], resolverContract[name].access);
    const expectsAnyone = who === 'noRole' && resolverContract[name].access === 'anyone';
    const before = await world.services.trail.headSeq();
    const answer = await call(name, resolverSamples[name], holder(who));
    if (allowed || expectsAnyone) {
      expect({ name, who, refusedByRole: roleGateRefusal(name, answer) }).toEqual({ name, who, refusedByRole: false });
    } else {
      expect({ name, who, code: answer.ok ? 'ok' : answer.error.code }).toEqual({ name, who, code: 'forbidden' });
      expect(await world.services.trail.headSeq()).toBe(before);
    }
  });
});

describe('object-level rules: the right role on the wrong record', () => {
  const fieldwork: Array<[ResolverName, (auditId: string) => unknown]> = [
    ['saveChecklistLine', (auditId) => ({ auditId, itemId: 'A.8.13', result: 'conforming', expectedVersion: 1 })],
    [
      'recordFinding',
      (auditId) => ({
        auditId,
        finding: {
          grade: 'observation',
          itemId: 'A.8.13',
          areaId: 'area_1',
          requirement: 'Backups are tested',
          evidence: 'Log reviewed',
        },
      }),
    ],
    [
      'collectEvidence',
      (auditId) => ({ auditId, evidence: { kind: 'interview', description: 'Interviewed the backup administrator' } }),
    ],
  ];

  it.each(fieldwork)(
    '[P11.10d] [P11.10g] %s: an auditor on audit A is refused on audit B and nothing is written',
    async (name, payload) => {
      // acct-team is on audit_1's team (fuzz world) and not on audit_b's.
      const before = await world.services.trail.headSeq();
      const answer = await call(name, payload('audit_b'), fieldworkPeople.team);
      expect({ name, code: answer.ok ? 'ok' : answer.error.code }).toEqual({ name, code: 'forbidden' });
      expect(await world.services.trail.headSeq()).toBe(before);
    },
  );

  it('[P11.10g] the same auditor is let through on their own audit (the refusal above is about the audit)', async () => {
    const answer = await call('collectEvidence', fieldwork[2]![1]('audit_1'), fieldworkPeople.team);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('ok');
  });

  it('[P11.10d] an auditee is refused fieldwork on an audit of their own area', async () => {
    const before = await world.services.trail.headSeq();
    const answer = await call('recordFinding', fieldwork[1]![1]('audit_1'), fieldworkPeople.auditee);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('forbidden');
    expect(await world.services.trail.headSeq()).toBe(before);
  });

  it('[P11.10d] [A11.12] an issue the caller cannot see (or that does not exist) is not shown to them', async () => {
    const answer = await call('getIssueContext', { issueKey: 'NC-99999' }, holder('viewer'));
    expect(answer.ok ? 'ok' : answer.error.code).toMatch(/^(not_found|forbidden)$/);
  });

  it('[P11.10d] [A11.12] a programme manager who may not browse Jira’s CA project neither finds nor links its issues', async () => {
    const created = await world.platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/issue',
      {
        fields: {
          project: { key: 'CA' },
          issuetype: { name: 'Corrective action' },
          summary: 'Quarterly restore test of the LIMS backup',
        },
      },
      undefined,
      'app',
    );
    const key = (created.body as { key: string }).key;
    expect(key).toMatch(/^CA-\d+$/);
    const found = async (who: string) => {
      const answer = await call('searchJiraIssues', { query: key }, who);
      if (!answer.ok) return answer.error.code;
      return (answer.value as { issues: Array<{ key: string }> }).issues.map((issue) => issue.key);
    };
    // The control: someone who may browse the project finds it.
    expect(await found(everyRole)).toEqual([key]);
    expect(await found(blindToCa)).toEqual([]);
    // A finding of its own, untouched by the matrix above, so only the issue's visibility can refuse the link.
    const finding = await world.services.store.get('finding', 'finding_1');
    await world.services.store.apply({
      entity: 'finding',
      id: 'finding_blind',
      before: null,
      after: finding!.record,
      actor: everyRole,
      at: world.services.clock.now(),
    });
    const before = await world.services.trail.headSeq();
    const linked = await call('linkFindingIssue', { findingId: 'finding_blind', issueKey: key }, blindToCa);
    expect(linked.ok ? 'ok' : linked.error.code).toMatch(/^(not_found|forbidden)$/);
    const context = await call('getIssueContext', { issueKey: key }, blindToCa);
    expect(context.ok ? 'ok' : context.error.code).toMatch(/^(not_found|forbidden)$/);
    expect(await world.services.trail.headSeq()).toBe(before);
  });

  it('[P11.10d] [P11.10g] an auditee of another area may not work a corrective action of area 1, nor is offered to', async () => {
    const labAuditee = 'acct-lab-auditee';
    const { services } = world;
    const at = services.clock.now();
    await services.store.apply({
      entity: 'userRoles',
      id: labAuditee,
      before: null,
      after: { accountId: labAuditee, roles: ['auditee'] },
      actor: everyRole,
      at,
    });
    await services.store.apply({
      entity: 'auditableArea',
      id: 'area_lab',
      before: null,
      after: {
        name: 'Stability laboratory',
        ownerId: labAuditee,
        memberIds: [],
        likelihood: 2,
        impact: 3,
        itemIds: [],
      },
      actor: everyRole,
      at,
    });
    const opened = await call(
      'openCorrectiveAction',
      { findingIds: ['finding_2'], title: 'Restore tests every quarter', correction: { text: 'Ran a restore test' } },
      everyRole,
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const action = opened.value as { id: string; version: number };
    // The control: the owner of area 1 (the finding's area) is offered the work.
    const own = await call('getCorrectiveAction', { correctiveActionId: action.id }, fieldworkPeople.auditee);
    expect(own.ok && (own.value as { may: { recordStep: boolean } }).may.recordStep).toBe(true);
    const before = await services.trail.headSeq();
    // Reading is any app role's (getCorrectiveAction's contract row), but the view must not offer the work.
    const read = await call('getCorrectiveAction', { correctiveActionId: action.id }, labAuditee);
    expect(read.ok && (read.value as { may: { recordStep: boolean } }).may.recordStep).toBe(false);
    const step = await call(
      'recordCorrectiveActionStep',
      {
        correctiveActionId: action.id,
        expectedVersion: action.version,
        step: { step: 'rootCause', method: 'fiveWhys', text: 'No owner for restore tests' },
      },
      labAuditee,
    );
    expect(step.ok ? 'ok' : step.error.code).toMatch(/^(not_found|forbidden)$/);
    expect(await services.trail.headSeq()).toBe(before);
  });

  it('[P11.10g] a payload cannot name its caller: a forged accountId is refused, not acted on', async () => {
    const before = await world.services.trail.headSeq();
    const forged = {
      ...(resolverSamples.setUserRoles as object),
      accountId: holder('viewer'),
      actor: holder('programmeManager'),
    };
    const answer = await call('setUserRoles', forged, holder('viewer'));
    expect(answer.ok ? 'ok' : answer.error.code).toMatch(/^(invalid_input|forbidden)$/);
    expect(await world.services.trail.headSeq()).toBe(before);
  });
});

describe('the review macros’ PDF/Word export × role', () => {
  // The handlers run on the platform's own store (Forge SQL), seeded with an audit and findings
  // and the same role holders; what the programme manager's export prints is the reference.
  const kinds = Object.keys(macroExportFunctionKeys) as MacroKind[];
  const exportCells = kinds.flatMap((kind) => everyone.map((who) => [kind, who] as [MacroKind, Who]));
  // The export stamps the moment it computed the figures; the stamp is not what the matrix compares.
  const exportAs = async (kind: MacroKind, accountId: string | undefined) =>
    JSON.stringify(
      await world.platform.runAdfExport(
        macroExportFunctionKeys[kind],
        { exportType: 'pdf', context: { content: { id: '4242', type: 'page' } }, extension: { config: {} } },
        accountId,
      ),
    ).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '(computed at)');

  beforeAll(async () => {
    const sql = await appServices();
    await seedAudit(sql, 3);
    for (const who of appRoles) {
      await sql.store.apply({
        entity: 'userRoles',
        id: holder(who),
        before: null,
        after: { accountId: holder(who), roles: [who] },
        actor: holder('programmeManager'),
        at: new Date(),
      });
    }
  });

  it.each(exportCells)(
    '[P11.10d] [A11.12] %s exported by %s: figures exactly when the role may read them',
    async (kind, who) => {
      const allowed = who !== 'noRole' && hasAccess([who], resolverContract.getMacroData.access);
      const reference = await exportAs(kind, holder('programmeManager'));
      const nobody = await exportAs(kind, undefined);
      const printed = await exportAs(kind, holder(who));
      if (allowed) expect(printed).toBe(reference);
      else {
        expect(printed).not.toBe(reference);
        expect(printed).toBe(nobody);
      }
    },
  );
});

describe('the permissions document', () => {
  it('[P11.10d] [A11.12] docs/security/permissions.md is what `npm run permissions` writes today', () => {
    const committed = fs.existsSync(permissionsFile) ? fs.readFileSync(permissionsFile, 'utf8') : '(missing)';
    // On a mismatch: run `npm run permissions` and commit the document with the change that moved it.
    expect(committed).toBe(permissionsMarkdown());
  });
});
