import { fakeDateOnly } from '../../support/fakeDate';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { parseCsv } from '../../../src/domain/csv/csv';
import { withoutEffectivenessWait } from '../../support/noEffectivenessWait';
import { passphraseAfterDemoSeed } from '../../support/demoSigning';

/**
 * The inspector's CAPA questions on the local platform: three actions worked through the
 * resolvers — one on time, one late although an extension was approved (signed) for it, one whose
 * effectiveness check falls overdue — then the report, its saved queries and its CSV.
 */
jest.setTimeout(180_000);

const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = person('Aoife Brennan'); // programme manager: approves plans and extensions
const lead = person('Rahul Mehta'); // lead auditor: plans and implements
const sofia = person('Sofia Lindqvist'); // auditor: the independent verifier
const grace = person('Grace Okafor'); // viewer: reads the report
const passphrase = 'a long enough signing passphrase';

let platform: SandboxPlatform;
let ncIds: string[];
let today: string;

type Answer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };
const call = (name: string, payload: unknown, who: string) => platform.invoke(name, payload, who) as Promise<Answer>;
const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
};
const value = async (name: string, payload: unknown, who: string) => ok(await call(name, payload, who));
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const step = async (view: any, s: Record<string, unknown>) =>
  value('recordCorrectiveActionStep', { correctiveActionId: view.id, expectedVersion: view.version, step: s }, lead);
const implementation = {
  step: 'implementation',
  text: 'HR feed now revokes VPN within one hour',
  evidence: [{ label: 'Change record', url: 'https://helix.example/changes/881' }],
};

/** Opens an action and records its steps up to an approved plan due on `dueDate`. */
async function toImplementation(findingId: string, title: string, dueDate: string, checkDueDate: string) {
  let view = await value(
    'openCorrectiveAction',
    { findingIds: [findingId], title, correction: { text: 'Revoked the access the same day' } },
    manager,
  );
  await platform.tick();
  view = await value('getCorrectiveAction', { correctiveActionId: view.id }, manager);
  view = await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'Leaver list was checked by hand' });
  view = await step(view, { step: 'extent', text: 'Only the VPN accounts', recurElsewhere: false });
  view = await step(view, { step: 'plan', text: 'Automate leaver revocation', ownerId: lead, dueDate });
  return value(
    'approveCorrectiveActionPlan',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      effectivenessCriteria: 'No leaver keeps VPN access past their last day',
      checkDueDate,
      passphrase,
    },
    manager,
  );
}
const verifyEffective = (view: any) =>
  value(
    'verifyCorrectiveAction',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      result: 'effective',
      note: 'Tested three leavers',
      passphrase,
    },
    sofia,
  );

/** The CSV's records as objects keyed by the header. */
function csvRecords(content: string): Array<Record<string, string>> {
  const parsed = parseCsv(content);
  if (!parsed.ok) throw new Error(parsed.message);
  const [header, ...rows] = parsed.records;
  return rows.map((row) => Object.fromEntries(header!.cells.map((name, i) => [name, row.cells[i] ?? ''])));
}

beforeAll(async () => {
  platform = new SandboxPlatform({ clock: new SandboxClock() });
  for (const [key, name, issueType] of [
    ['NC', 'Nonconformities', 'Nonconformity'],
    ['CA', 'Corrective actions', 'Corrective action'],
  ] as const) {
    platform.jira.configureProject({ key, name, issueTypes: [{ name: issueType }], workflow: demoWorkflow });
  }
  await seedDemo(platform);
  for (const who of [manager, lead, sofia]) {
    await value('setSigningPassphrase', passphraseAfterDemoSeed(who, passphrase), who);
  }
  // Verified straight after implementation: the waiting period has its own tests.
  await withoutEffectivenessWait(value, manager);
  const { findings } = await value('listFindings', {}, manager);
  ncIds = findings
    .filter((f: any) => f.finding.content.grade === 'majorNC' || f.finding.content.grade === 'minorNC')
    .map((f: any) => f.id);
  today = (await value('listOverdue', {}, manager)).today;
});
afterAll(async () => {
  jest.useRealTimers();
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('the CAPA effectiveness report on the local platform', () => {
  let onTime: any;
  let late: any;
  let waiting: any;

  beforeAll(async () => {
    expect(ncIds.length).toBeGreaterThanOrEqual(2);
    // On time: planned, approved, implemented and verified effective today.
    onTime = await toImplementation(ncIds[0]!, 'Revoke leavers automatically', plusDays(today, 5), plusDays(today, 35));
    onTime = await verifyEffective(await step(onTime, implementation));

    // Late: due in two days, extended (signed) to four, implemented and verified ten days on.
    late = await toImplementation(ncIds[1]!, 'Review VPN accounts monthly', plusDays(today, 2), plusDays(today, 40));
    late = await value(
      'requestDueDateExtension',
      {
        correctiveActionId: late.id,
        expectedVersion: late.version,
        toDate: plusDays(today, 4),
        justification: 'The HR feed change waits for the supplier release',
      },
      lead,
    );
    late = await value(
      'decideDueDateExtension',
      {
        extensionId: late.extensions[0].id,
        expectedVersion: late.extensions[0].version,
        decision: 'approved',
        note: 'Supplier release confirmed',
        passphrase,
      },
      manager,
    );
    // Waiting for its check, due in five days: overdue once ten days have passed.
    waiting = await toImplementation(ncIds[0]!, 'Log VPN revocations', plusDays(today, 5), plusDays(today, 5));
    waiting = await step(waiting, implementation);

    // The app reads the system clock (as on Forge): only Date is faked.
    fakeDateOnly();
    jest.setSystemTime(Date.now() + 10 * 86_400_000);
    late = await verifyEffective(await step(late, implementation));
  });

  it('[ISO10.2f] gives each action its dates, on time or not, effective at first check, extensions and verifier', async () => {
    const report = await value('getCapaEffectivenessReport', {}, grace);
    expect(report.today).toBe(plusDays(today, 10));
    const rowOf = (id: string) => report.rows.find((r: any) => r.correctiveActionId === id);
    expect(rowOf(onTime.id)).toMatchObject({
      findingId: ncIds[0],
      source: 'internalAudit',
      plannedDate: plusDays(today, 5),
      extendedTo: null,
      dueDate: plusDays(today, 5),
      implementedOn: today,
      verifiedOn: today,
      verifierName: 'Sofia Lindqvist',
      actionClosedOn: today,
      onTime: true,
      effectiveAtFirstCheck: true,
      extensions: [],
    });
    expect(rowOf(late.id)).toMatchObject({
      findingId: ncIds[1],
      plannedDate: plusDays(today, 2),
      extendedTo: plusDays(today, 4),
      dueDate: plusDays(today, 4),
      extensions: [
        {
          fromDate: plusDays(today, 2),
          toDate: plusDays(today, 4),
          reason: 'The HR feed change waits for the supplier release',
          approverId: manager,
          approverName: 'Aoife Brennan',
          approvedOn: today,
        },
      ],
      implementedOn: plusDays(today, 10),
      actionClosedOn: plusDays(today, 10),
      onTime: false,
      effectiveAtFirstCheck: true,
      verifierName: 'Sofia Lindqvist',
      closure: { closed: true, closedOn: plusDays(today, 10), how: 'actions' },
    });
    expect(rowOf(waiting.id)).toMatchObject({
      actionState: 'verification',
      checkDueOn: plusDays(today, 5),
      checkOverdue: { dueDate: plusDays(today, 5), daysOverdue: 5 },
      effectiveAtFirstCheck: null,
      closure: { closed: false },
    });
  });

  it('[ISO10.2d] answers the saved queries: closed late, extensions granted, checks overdue, none closed without CAPA', async () => {
    const ids = async (query: string) =>
      (await value('getCapaEffectivenessReport', { query }, grace)).rows
        .map((r: any) => r.correctiveActionId)
        .filter((id: string | null) => [onTime.id, late.id, waiting.id].includes(id));
    expect(await ids('closedLate')).toEqual([late.id]);
    expect(await ids('extensionsGranted')).toEqual([late.id]);
    expect(await ids('checksOverdue')).toEqual([waiting.id]);
    expect(await ids('effectivenessChallenged')).toEqual([]);
    const withoutCapa = await value('getCapaEffectivenessReport', { query: 'closedWithoutCapa' }, grace);
    expect(withoutCapa.rows.filter((r: any) => ncIds.slice(0, 2).includes(r.findingId))).toEqual([]);
    expect(withoutCapa.queries.map((q: any) => q.title)).toEqual([
      'NCs closed without CAPA',
      'CAs closed late',
      'Extensions granted',
      'Effectiveness checks overdue',
      'Effectiveness challenged',
    ]);
    const bad = await call('getCapaEffectivenessReport', { query: 'closedSoon' }, grace);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'query' } });
  });

  it('[ISO10.2d] flags an action closed effective as challenged when its finding is repeated afterwards', async () => {
    // An audit still open for findings: an NC on it, its action closed effective, then a repeat.
    const { audits } = await value('listAudits', {}, manager);
    const open = audits.find((a: any) => a.state === 'inProgress' || a.state === 'reporting');
    expect(open).toBeDefined();
    const audit = await value('getAudit', { auditId: open.id }, manager);
    const where = { itemId: audit.checklist[0].itemId, areaId: audit.audit.plan.areaIds[0] };
    const record = (evidence: string) =>
      value(
        'recordFinding',
        {
          auditId: open.id,
          finding: {
            grade: 'minorNC',
            ...where,
            requirement: 'Leavers lose their access on their last day',
            evidence,
            gap: 'Access was not revoked on the last day',
          },
        },
        audit.leadAuditorId ?? lead,
      );
    const original = await record('A leaver kept VPN access for a week');
    let action = await toImplementation(original.id, 'Revoke on the HR feed', plusDays(today, 12), plusDays(today, 12));
    action = await verifyEffective(await step(action, implementation));
    expect(action.action.state).toBe('closed');
    expect(action.challengedBy).toEqual([]);

    const repeat = await record('Another leaver kept VPN access for three days');
    expect(repeat.finding.repeatOf).toContain(original.id);
    const view = await value('getCorrectiveAction', { correctiveActionId: action.id }, grace);
    expect(view.challengedBy).toEqual([{ findingId: repeat.id, raisedOn: plusDays(today, 10) }]);
    // Still waiting for its check: nothing to challenge yet.
    expect((await value('getCorrectiveAction', { correctiveActionId: waiting.id }, grace)).challengedBy).toEqual([]);
    const challenged = await value('getCapaEffectivenessReport', { query: 'effectivenessChallenged' }, grace);
    expect(
      challenged.rows.filter((r: any) => r.correctiveActionId === action.id).map((r: any) => r.challengedBy),
    ).toEqual([[{ findingId: repeat.id, raisedOn: plusDays(today, 10) }]]);
  });

  it('[ISO10.2f] downloads the same rows as CSV, whole or one saved query', async () => {
    const whole = await value('exportReviewCsv', { register: 'capaEffectiveness' }, grace);
    expect(whole).toMatchObject({ mimeType: 'text/csv', fileName: `capa-effectiveness-${plusDays(today, 10)}.csv` });
    const rows = csvRecords(whole.content);
    const report = await value('getCapaEffectivenessReport', {}, grace);
    expect(rows.map((r) => [r.finding, r['corrective action']])).toEqual(
      report.rows.map((r: any) => [r.findingId, r.correctiveActionId ?? '']),
    );
    expect(rows.find((r) => r['corrective action'] === late.id)).toMatchObject({
      planned: plusDays(today, 2),
      'extended to': plusDays(today, 4),
      extensions: `${plusDays(today, 2)} -> ${plusDays(today, 4)}: The HR feed change waits for the supplier release (approved by Aoife Brennan on ${today})`,
      'on time': 'no',
      'effective at first check': 'yes',
      verifier: 'Sofia Lindqvist',
      closed: 'yes',
      'closed by': 'actions',
    });
    const lateOnly = await value('exportReviewCsv', { register: 'capaEffectiveness', capaQuery: 'closedLate' }, grace);
    expect(lateOnly.fileName).toBe(`capa-effectiveness-closedLate-${plusDays(today, 10)}.csv`);
    expect(csvRecords(lateOnly.content).map((r) => r['corrective action'])).toContain(late.id);
    expect(csvRecords(lateOnly.content).map((r) => r['corrective action'])).not.toContain(onTime.id);
  });
});
