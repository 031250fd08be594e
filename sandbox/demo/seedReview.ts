import { addMonths } from '../../src/domain/calendar/calendarDate';
import { todayIn } from '../../src/domain/calendar/timeZone';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { seedCall } from './seedCall';
import { demoUsers } from '../site/users';

type Call = (name: string, payload: unknown, accountId: string) => Promise<any>;

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = id('Aoife Brennan');
const lead = id('Rahul Mehta');
const chloe = id('Chloe Martin');

/**
 * Monthly figures the ISMS manager takes from the SOC's report and the LMS: a handful of incidents,
 * resolved within a working day or two, and training completion climbing towards the 95% objective.
 */
const monthlyFigures = [
  { incidents: 4, hours: 26, training: 78 },
  { incidents: 2, hours: 14, training: 81 },
  { incidents: 5, hours: 31, training: 84 },
  { incidents: 3, hours: 18, training: 88 },
  { incidents: 1, hours: 9, training: 90 },
  { incidents: 3, hours: 16, training: 92 },
  { incidents: 2, hours: 11, training: 93 },
];

/**
 * What the ISMS manager brought to the review for the inputs only people can know (9.3.2 b, c, e, g),
 * and the monitoring and risk-assessment results beside the app's own figures (d, f).
 */
const enteredInputs = {
  issuesChanges: {
    summary: 'Two regulatory changes widen what the ISMS must cover for GxP systems.',
    entries: [
      {
        topic: 'EU GMP Annex 11 revision',
        detail:
          'The draft revision of Annex 11 (computerised systems) adds explicit requirements for audit trails, cloud service providers and periodic access review. Gap assessment planned for the LIMS and eQMS.',
        category: 'external · regulator',
      },
      {
        topic: 'NIS2 transposition',
        detail:
          'Ireland’s NIS2 transposition classifies medicinal-product manufacturers as important entities: 24-hour early warning of significant incidents and management-body accountability.',
        category: 'external · legal',
      },
      {
        topic: 'LIMS moved to the vendor’s SaaS',
        detail: 'Backups and restore tests are now shared with the vendor under the quality agreement.',
        category: 'internal',
      },
    ],
  },
  interestedPartiesNeeds: {
    summary: 'Customers and the regulator expect more evidence on data integrity and suppliers.',
    entries: [
      {
        topic: 'Contract customer audit request',
        detail:
          'A contract-manufacturing customer asked to audit our information security controls on batch-record data before renewing the supply agreement.',
        category: 'customer',
      },
      {
        topic: 'HPRA inspection focus on data integrity',
        detail: 'The last GMP inspection round focused on audit trails and shared accounts in QC laboratories.',
        category: 'regulator',
      },
    ],
  },
  interestedPartyFeedback: {
    summary: 'Feedback this period was mostly positive, with one supplier-management gap.',
    entries: [
      {
        topic: 'Supplier security questionnaire',
        detail:
          'A key customer’s supplier questionnaire scored us 86/100; the gaps were subcontractor oversight and evidence of restore testing.',
        category: 'customer',
      },
      {
        topic: 'Staff survey on phishing exercises',
        detail: 'Staff found the monthly phishing exercises useful but asked for shorter refresher modules.',
        category: 'internal · staff',
      },
    ],
  },
  performance: {
    summary: 'Monitoring beside the audit figures: objectives mostly met, patching behind target.',
    entries: [
      {
        topic: 'Objective: critical patches within 14 days',
        detail:
          '91% of critical patches were applied within 14 days against a 95% objective; two LIMS servers waited for vendor validation.',
        category: 'objective · vulnerability management',
      },
      {
        topic: 'Phishing click rate',
        detail: 'The monthly phishing exercise click rate fell from 9% to 4%.',
        category: 'monitoring · awareness',
      },
    ],
  },
  riskTreatment: {
    summary: 'The annual risk assessment was refreshed; two high risks remain in treatment.',
    entries: [
      {
        topic: 'Ransomware on GxP systems',
        detail:
          'High risk; immutable backups and quarterly restore tests are in the treatment plan (due next quarter).',
        category: 'high · in treatment',
      },
      {
        topic: 'Supplier access to the eQMS',
        detail: 'Medium risk after MFA was enforced for supplier accounts; quarterly access review added.',
        category: 'medium · treated',
      },
    ],
  },
  improvementOpportunities: {
    summary: 'Automation would remove the causes behind this period’s findings.',
    entries: [
      {
        topic: 'Automate leaver access removal',
        detail: 'Drive VPN and SaaS de-provisioning from the HR system’s leaver event instead of a manual checklist.',
        category: 'access control',
      },
      {
        topic: 'Restore-test evidence in the eQMS',
        detail: 'Record each quarterly restore test as an eQMS record so audits and customers can sample it.',
        category: 'backup',
      },
    ],
  },
} as const;

/**
 * The demo's management review so far (ISO 27001 9.3), through the app's own resolvers after the
 * programme is seeded: the monthly figures of every month of the cycle that has begun, one review
 * of the cycle so far with its entered inputs, the meeting and two decisions (recorded,
 * not raised: the NC and CA projects stay as the programme left them, and top management records
 * them, as at the meeting), and the lead auditor's conclusion on every audit report.
 */
export async function seedReview(platform: SandboxPlatform, cycleStart: string, timeZone: string): Promise<void> {
  const call: Call = (name, payload, accountId) => seedCall(platform, name, payload, accountId);
  const today = todayIn(timeZone, platform.clock.now());
  const thisMonth = today.slice(0, 7);

  for (let index = 0; ; index += 1) {
    const month = addMonths(cycleStart, index).slice(0, 7);
    if (month > thisMonth) break;
    const figures = monthlyFigures[index % monthlyFigures.length]!;
    await call(
      'savePeriodFigures',
      {
        month,
        expectedVersion: 0,
        incidents: figures.incidents,
        incidentHoursToResolve: figures.hours,
        trainingCompletionPct: figures.training,
        note: month === thisMonth ? 'Month to date' : 'From the SOC monthly report and the LMS',
      },
      manager,
    );
  }

  await concludeReports(call);

  // The review looks back on the cycle so far, up to today: the seed records the audits' findings
  // and actions today, and a period ending last month would leave them out.
  let review = await call(
    'createManagementReview',
    { title: `Management review ${today.slice(0, 4)}`, from: cycleStart, to: today },
    manager,
  );
  for (const [kind, input] of Object.entries(enteredInputs)) {
    review = await call(
      'saveReviewInput',
      { reviewId: review.id, kind, expectedVersion: 0, summary: input.summary, entries: input.entries },
      manager,
    );
  }
  review = await call(
    'saveReviewMeeting',
    {
      reviewId: review.id,
      expectedVersion: review.version,
      heldOn: today,
      attendees: [
        { name: 'Chloe Martin', role: 'Top management (Head of Regulatory Affairs)', accountId: chloe },
        { name: 'Aoife Brennan', role: 'ISMS manager', accountId: manager },
        { name: 'Rahul Mehta', role: 'Lead auditor', accountId: lead },
        { name: 'Tomasz Nowak', role: 'Head of QA', accountId: id('Tomasz Nowak') },
      ],
      minutes: [
        'The ISMS manager presented the audit programme halfway through the cycle: coverage is on track except for one late audit, and the major nonconformity on LIMS restore testing needs corrective action before the surveillance audit.',
        'Incidents stayed low and were resolved within two working days on average; security-training completion rose to over 90%.',
        'Top management agreed that the ISMS remains suitable, adequate and effective, and asked for the Annex 11 and NIS2 changes to be assessed before the surveillance audit.',
      ].join('\n\n'),
    },
    manager,
  );
  await call(
    'addReviewDecision',
    {
      reviewId: review.id,
      text: 'Run an Annex 11 and NIS2 gap assessment for the GxP systems and bring the results to the next review',
      ownerId: manager,
      dueDate: addMonths(today, 3),
    },
    chloe,
  );
  await call(
    'addReviewDecision',
    {
      reviewId: review.id,
      text: 'Automate leaver access removal from the HR system for VPN and SaaS accounts',
      ownerId: id('Olu Adeyemi'),
      dueDate: addMonths(today, 2),
    },
    chloe,
  );
}

/**
 * Audits that reached reporting got their report page from moveAudit; the lead auditor writes the
 * conclusion of each (the page follows), so the demo's report pages read as finished reports.
 */
async function concludeReports(call: Call): Promise<void> {
  const { audits } = (await call('listAudits', {}, manager)) as {
    audits: Array<{ id: string; state: string; findings: number }>;
  };
  for (const audit of audits.filter((a) => a.state === 'reporting' || a.state === 'closed')) {
    const report = await call('getAuditReport', { auditId: audit.id }, lead);
    if (report.conclusion) continue;
    const conclusion =
      audit.findings === 0
        ? 'The audited processes conform to ISO/IEC 27001:2022 and our procedures, and the controls sampled are effective.'
        : `The ISMS is effectively implemented in the audited area, with ${audit.findings} finding${audit.findings === 1 ? '' : 's'} to address: corrective action is required for every nonconformity before the surveillance audit.`;
    await call(
      'saveAuditReportContent',
      {
        auditId: audit.id,
        expectedVersion: report.version,
        conclusion,
        distribution: ['Area owner', 'ISMS manager', 'Head of QA'],
      },
      lead,
    );
  }
}
