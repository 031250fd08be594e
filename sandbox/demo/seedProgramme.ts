import { addDays, addMonths } from '../../src/domain/calendar/calendarDate';
import { todayIn } from '../../src/domain/calendar/timeZone';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { seedCall } from './seedCall';
import { demoSigningPassphrase } from './seedCapaStory';
import { demoUsers } from '../site/users';

type Call = (name: string, payload: unknown, accountId: string) => Promise<any>;

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = id('Aoife Brennan');
const lead = id('Rahul Mehta');

/**
 * The first day of the cycle the demo runs in: six months before this month, so `npm start`
 * always shows a programme halfway through its cycle, whatever today is.
 */
export function demoCycleStart(now: Date, timeZone: string): string {
  const today = todayIn(timeZone, now);
  return addMonths(`${today.slice(0, 7)}-01`, -6);
}

const year = (today: string, years: number) => addMonths(today, years * 12);

/** The auditor register: one lead, competent auditors, one certificate about to expire, one lapsed. */
function demoAuditors(today: string) {
  return [
    {
      accountId: lead,
      domains: ['4', '5', '6', '7', '8', '9', '10', 'A'],
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: year(today, -3), expiresOn: year(today, 2) }],
      trainings: [{ name: 'GxP data integrity for auditors', completedOn: year(today, -1), expiresOn: null }],
    },
    {
      accountId: id('Sofia Lindqvist'),
      domains: ['9', 'A.5', 'A.8'],
      // Expires in 45 days: the register shows the 60-day warning.
      certificates: [
        { name: 'ISO/IEC 27001 Internal Auditor', issuedOn: year(today, -3), expiresOn: addDays(today, 45) },
      ],
      trainings: [],
    },
    {
      accountId: id('Lukas Fischer'),
      domains: ['7', 'A.6', 'A.7'],
      certificates: [{ name: 'ISO/IEC 27001 Internal Auditor', issuedOn: year(today, -1), expiresOn: year(today, 2) }],
      trainings: [],
    },
    {
      accountId: id('Priya Sharma'),
      domains: ['8', 'A.8'],
      certificates: [{ name: 'ISO/IEC 27001 Internal Auditor', issuedOn: year(today, -2), expiresOn: year(today, 1) }],
      trainings: [],
    },
    {
      // Competent in IT, and the owner of IT operations and the cloud platform: impartiality keeps him off them.
      accountId: id('Olu Adeyemi'),
      domains: ['A.5', 'A.8'],
      certificates: [{ name: 'ISO/IEC 27001 Internal Auditor', issuedOn: year(today, -2), expiresOn: year(today, 1) }],
      trainings: [],
    },
    {
      accountId: id('Hannah Kowalski'),
      domains: ['A.8'],
      // Lapsed: she cannot be assigned until she renews it.
      certificates: [
        { name: 'ISO/IEC 27001 Internal Auditor', issuedOn: year(today, -4), expiresOn: addMonths(today, -2) },
      ],
      trainings: [],
    },
  ];
}

/** Results the demo's completed audits give: mostly conforming, with a few graded findings. */
const findingsByItem: Record<
  string,
  { grade: 'majorNC' | 'minorNC' | 'observation'; requirement: string; evidence: string; gap: string }
> = {
  'A.8.13': {
    grade: 'majorNC',
    requirement: 'Backups of GxP systems are tested for restore at the interval the backup procedure sets (quarterly).',
    evidence: 'The LIMS restore-test log has no entry for Q2 or Q3; the backup administrator confirmed none was run.',
    gap: 'Two consecutive quarterly restore tests of the LIMS database were not performed.',
  },
  'A.5.18': {
    grade: 'minorNC',
    requirement: 'Access rights are removed on the last working day (leaver procedure).',
    evidence: 'Of 12 leavers sampled, one kept VPN access for 9 days after leaving.',
    gap: 'One leaver’s VPN access was not removed on time.',
  },
  '7.5.3': {
    grade: 'observation',
    requirement: 'Documented information is controlled (versions, approval, distribution).',
    evidence: 'Two superseded SOP printouts were found at the filling line’s workstation.',
    gap: '',
  },
};

/**
 * The demo programme halfway through its cycle, built through the app's own resolvers: the SoA,
 * the programme, the auditor register, the risk-based schedule, and the audits whose windows have
 * passed run to completion (one left late, one in fieldwork), leaving real coverage gaps.
 */
export async function seedProgramme(platform: SandboxPlatform, cycleStart: string, timeZone: string): Promise<void> {
  const call: Call = (name, payload, accountId) => seedCall(platform, name, payload, accountId);
  const today = todayIn(timeZone, platform.clock.now());

  // Statement of Applicability: one exclusion, and the implementation picture of a maturing ISMS.
  let soaVersion = 0;
  const soaLines = [
    {
      controlId: 'A.8.30',
      applicable: false,
      justification: 'No software development is outsourced: GxP systems are vendor SaaS, qualified under CSV.',
      implementation: 'notImplemented',
    },
    { controlId: 'A.5.1', applicable: true, implementation: 'implemented', ownerId: manager },
    { controlId: 'A.8.13', applicable: true, implementation: 'partial', ownerId: id('Olu Adeyemi') },
    { controlId: 'A.5.18', applicable: true, implementation: 'implemented', ownerId: id('Olu Adeyemi') },
    { controlId: 'A.8.12', applicable: true, implementation: 'planned', ownerId: id('Priya Sharma') },
  ];
  for (const line of soaLines) {
    const view = await call('saveSoaEntry', { entry: line, expectedVersion: soaVersion }, manager);
    soaVersion = view.version;
  }

  await call(
    'saveAuditProgramme',
    {
      cycleStart,
      expectedVersion: 0,
      programme: {
        objectives:
          'Confirm the ISMS conforms to ISO/IEC 27001:2022 and our GxP obligations, and is effective, before the surveillance audit.',
        criteria: 'ISO/IEC 27001:2022 clauses 4–10 and the applicable Annex A controls; ISMS policies and SOPs.',
        methods: 'Interviews, document and record review, observation on site, sampling of access and change records.',
        responsibilities: 'The ISMS manager runs the programme; lead auditors plan and report their audits.',
        reporting:
          'Audit reports within 10 working days to the area owner and the ISMS manager; summary at management review.',
        ismsSpaceKey: 'ISMS',
      },
    },
    manager,
  );

  for (const auditor of demoAuditors(today)) {
    const { accountId, ...competence } = auditor;
    await call('saveAuditor', { accountId, expectedVersion: 0, competence }, manager);
  }

  await call('adoptProposedSchedule', { cycleStart }, manager);
  const { audits } = (await call('listAudits', { cycleStart }, manager)) as {
    audits: Array<{ id: string; plannedEnd: string; plannedStart: string }>;
  };
  const past = audits.filter((a) => a.plannedEnd < today);
  const current = audits.find((a) => a.plannedStart <= today && today <= a.plannedEnd);

  // The area owners are the audits' auditees (their names go on the plan and the report).
  const { areas } = (await call('listAuditableAreas', {}, manager)) as {
    areas: Array<{ id: string; area: { ownerId: string } }>;
  };
  const owners = new Map(areas.map((a) => [a.id, a.area.ownerId]));

  // Every audit whose window has passed ran, except the last one: it is late.
  for (const [index, summary] of past.entries()) {
    if (index === past.length - 1) break;
    await runAudit(call, owners, summary.id, index < past.length - 2 ? 'closed' : 'reporting');
  }
  if (current) await runAudit(call, owners, current.id, 'inProgress');
}

async function runAudit(
  call: Call,
  owners: Map<string, string>,
  auditId: string,
  until: 'inProgress' | 'reporting' | 'closed',
): Promise<void> {
  let view = await call('getAudit', { auditId }, manager);
  const plan = view.audit.plan as { areaIds: string[] };
  const auditeeIds = [...new Set(plan.areaIds.map((areaId) => owners.get(areaId)).filter((o) => o !== undefined))];
  view = await call(
    'saveAuditPlan',
    {
      auditId,
      expectedVersion: view.version,
      plan: {
        ...view.audit.plan,
        leadAuditorId: lead,
        auditeeIds,
        objectives:
          'Confirm that the clauses and controls in scope are implemented as our ISMS policies and SOPs require, and are effective.',
      },
    },
    manager,
  );
  view = await runStepsBeforeFieldwork(call, auditId, view, auditeeIds);
  view = await call('moveAudit', { auditId, to: 'inProgress', expectedVersion: view.version }, lead);
  const attendeeIds = [lead, ...auditeeIds];
  const heldOn = view.audit.steps.fieldworkStartedOn;
  const points = 'Scope, timetable and confidentiality confirmed';
  const opening = { heldOn, attendeeIds, pointsRaised: points };
  view = await call(
    'recordAuditMeeting',
    { auditId, expectedVersion: view.version, meeting: 'opening', content: opening },
    lead,
  );
  const lines: Array<{ itemId: string }> = view.checklist;
  const answered = until === 'inProgress' ? lines.slice(0, Math.ceil(lines.length / 2)) : lines;
  for (const line of answered) {
    const finding = findingsByItem[line.itemId];
    const result = finding ? (finding.grade === 'observation' ? 'observation' : 'nonconformity') : 'conforming';
    view = await call(
      'saveChecklistLine',
      {
        auditId,
        itemId: line.itemId,
        result,
        note: finding ? finding.evidence : 'Sampled records and interviewed the owner; no issue found.',
        expectedVersion: view.version,
        ...(finding && result === 'nonconformity'
          ? { finding: { ...finding, itemId: line.itemId, areaId: view.audit.plan.areaIds[0] } }
          : {}),
      },
      lead,
    );
    if (finding && result === 'observation') {
      await call(
        'recordFinding',
        { auditId, finding: { ...finding, itemId: line.itemId, areaId: view.audit.plan.areaIds[0] } },
        lead,
      );
      view = await call('getAudit', { auditId }, lead);
    }
  }
  if (until === 'inProgress') return;
  view = await call('moveAudit', { auditId, to: 'reporting', expectedVersion: view.version }, lead);
  // The auditees agree with every finding at the closing meeting.
  const { findings } = await call('listFindings', { auditId }, lead);
  const positions = findings.map((f: { id: string }) => ({ findingId: f.id, position: 'agreed' }));
  const closing = {
    heldOn: view.audit.steps.fieldworkStartedOn,
    attendeeIds,
    pointsRaised: 'Findings presented',
    positions,
  };
  view = await call(
    'recordAuditMeeting',
    { auditId, expectedVersion: view.version, meeting: 'closing', content: closing },
    lead,
  );
  if (until !== 'closed') return;
  // An audit closes once its report is approved: the lead concludes and approves it first.
  let report = await call('getAuditReport', { auditId }, lead);
  report = await call(
    'saveAuditReportContent',
    {
      auditId,
      expectedVersion: report.version,
      conclusion:
        'The ISMS is effectively implemented in the audited area; corrective action is required for every nonconformity.',
      distribution: ['Area owner', 'ISMS manager', 'Head of QA'],
    },
    lead,
  );
  await call(
    'approveAuditReport',
    { auditId, expectedVersion: report.version, passphrase: demoSigningPassphrase },
    lead,
  );
  await call('moveAudit', { auditId, to: 'closed', expectedVersion: view.version }, lead);
}

/**
 * The plan approved with the lead's signature and acknowledged by each auditee: the steps before
 * fieldwork (the lead's demo passphrase is set once, here or by the CAPA story).
 */
async function runStepsBeforeFieldwork(call: Call, auditId: string, view: any, auditeeIds: string[]): Promise<any> {
  const status = await call('getSigningStatus', {}, lead);
  if (status.status === 'none') await call('setSigningPassphrase', { newPassphrase: demoSigningPassphrase }, lead);
  await call(
    'signRecord',
    {
      recordType: 'audit',
      recordId: auditId,
      recordVersion: view.version,
      meaning: 'approved',
      passphrase: demoSigningPassphrase,
    },
    lead,
  );
  let current = view;
  for (const auditee of auditeeIds) {
    current = await call('acknowledgeAuditPlan', { auditId, expectedVersion: current.version, note: '' }, auditee);
  }
  return current;
}
