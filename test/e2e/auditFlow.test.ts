import type { Browser, FrameLocator, Page } from 'playwright-core';
import { demoUsers } from '../../sandbox/site/users';
import { demoSigningPassphrase } from '../../sandbox/demo/seedCapaStory';
import { ensureUiBuilt } from '../../sandbox/uiBuild';
import { launchChromium, watchConsole } from '../support/browser';
import { startSandbox } from '../support/sandboxServer';

jest.setTimeout(180_000);

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const aoife = byName('Aoife Brennan');
const olu = byName('Olu Adeyemi');
const PASS = 'correct horse battery staple';

interface AuditViewShape {
  version: number;
  steps: { planApproved: boolean; notAcknowledged: Array<{ accountId: string }>; nextStepMissing: string | null };
}

/**
 * The Audits tab end to end in the sandbox: a programme manager plans an audit, the app refuses the
 * area's owner as lead, accepts a competent independent auditor, fieldwork starts, the auditor
 * records a conformity and a nonconformity with its finding, and coverage moves once reported.
 */
describe('planning and running an audit on the programme page, in Chromium', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let auditId = '';
  let today = '';
  let auditedBefore = 0;

  beforeAll(async () => {
    ensureUiBuilt();
    sandbox = await startSandbox();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchConsole(page);
    const coverage = (await sandbox.platform.invoke('getCoverage', {}, aoife)) as {
      value: { asOf: { today: string }; summary: { audited: number } };
    };
    today = coverage.value.asOf.today;
    await sandbox.platform.invoke('setSigningPassphrase', { newPassphrase: PASS }, aoife);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  const frame = (): FrameLocator => page.frameLocator('#app-frame');
  const auditView = async () =>
    ((await sandbox.platform.invoke('getAudit', { auditId }, aoife)) as { value: AuditViewShape }).value;
  const audits = async () =>
    (
      (await sandbox.platform.invoke('listAudits', {}, aoife)) as {
        value: { audits: Array<{ id: string; title: string; state: string }> };
      }
    ).value.audits;

  /** Types into a react-select and takes the first option that matches. */
  const choose = async (inputId: string, text: string) => {
    const input = frame().locator(`#${inputId}`);
    await input.fill(text);
    await frame().getByRole('option').first().waitFor();
    await input.press('Enter');
  };
  /** Opens a react-select that cannot be typed into and clicks the named option. */
  const pick = async (inputId: string, option: string) => {
    await frame().locator(`#${inputId}`).focus();
    await frame().locator(`#${inputId}`).press('ArrowDown');
    await frame().getByRole('option', { name: option, exact: true }).click();
  };
  const typeDate = async (inputId: string, day: string) => {
    const input = frame().locator(`#${inputId}`);
    await input.fill(day);
    await input.press('Enter');
  };
  const switchUser = async (name: string) => {
    await page.getByTestId('user-switcher').selectOption(byName(name));
    await frame().getByTestId('session-name').filter({ hasText: name }).waitFor();
  };
  const openAudit = async () => {
    await frame().getByTestId('tab-audits').click();
    await frame().getByTestId(`audits-open-${auditId}`).click();
    await frame().getByTestId(`audit-detail-${auditId}`).waitFor();
  };

  it('[ISO9.2.2] shows coverage on the overview before the audit', async () => {
    await page.goto(sandbox.url);
    await frame().getByTestId('session-name').filter({ hasText: 'Aoife Brennan' }).waitFor();
    auditedBefore = Number(await frame().getByTestId('coverage-audited').innerText());
    expect(auditedBefore).toBeGreaterThan(0);
  });

  it('makes the owner of IT operations a lead auditor too, in Settings & people', async () => {
    // The demo's lead auditor owns no area: give an area owner the role, so only impartiality stands in the way.
    await frame().getByTestId('tab-settings').click();
    await frame().getByTestId(`roles-edit-${olu}`).click();
    await frame().getByTestId('roles-form').getByLabel('Lead auditor', { exact: true }).check();
    await frame().getByTestId('roles-save').click();
    await frame().getByTestId('roles-message').filter({ hasText: 'Lead auditor' }).waitFor();
  });

  it('[ISO9.2.2b] refuses the area owner as lead auditor, under the lead field, and saves nothing', async () => {
    await frame().getByTestId('tab-audits').click();
    await frame().getByTestId('audits-table').waitFor();
    const before = await audits();

    await frame().getByTestId('audits-new').click();
    await frame().getByTestId('audit-plan-new-form').waitFor();
    // Saved empty, the plan shows every problem at once, each beside its own field, in words.
    await frame().getByTestId('audit-plan-new-save').click();
    const titleError = frame().getByTestId('audit-plan-new-title-error');
    const areasError = frame().getByTestId('audit-plan-new-areas-error');
    await titleError.waitFor();
    await expect(titleError.innerText()).resolves.toBe('Give the audit a title');
    await expect(areasError.innerText()).resolves.toBe('Choose at least one area');
    await frame().locator('#audit-plan-new-title').fill('IT operations: leavers and threat intelligence');
    await choose('audit-plan-new-areas', 'IT operations');
    await choose('audit-plan-new-scope', 'A.5.18');
    await choose('audit-plan-new-scope', 'A.5.7 ');
    // Olu Adeyemi is a competent auditor, and the owner of IT operations.
    await choose('audit-plan-new-lead', 'Olu Adeyemi');
    await typeDate('audit-plan-new-start', today);
    await typeDate('audit-plan-new-end', today);
    // The page sees the conflict coming before anything is sent.
    await frame().getByTestId('audit-plan-new-lead-foreseen').waitFor();

    await frame().getByTestId('audit-plan-new-save').click();
    const refusal = frame().getByTestId('audit-plan-new-lead-error');
    await refusal.filter({ hasText: 'Olu Adeyemi owns IT operations and cannot audit it' }).waitFor();
    await frame().getByTestId('audit-plan-new-lead-error-kind').filter({ hasText: 'Impartiality conflict' }).waitFor();
    // The block is under the lead field itself.
    expect(
      await frame().getByTestId('audit-plan-new-lead-field').getByTestId('audit-plan-new-lead-error').count(),
    ).toBe(1);
    expect(await audits()).toEqual(before);
  });

  it('[ISO9.2.2b] [ISO7.2] saves the plan with a competent, independent lead auditor and team', async () => {
    await choose('audit-plan-new-lead', 'Rahul Mehta');
    await choose('audit-plan-new-team', 'Sofia Lindqvist');
    // The owner of the audited area is its auditee: the plan is communicated to him before fieldwork.
    await choose('audit-plan-new-auditees', 'Olu Adeyemi');
    await frame().getByTestId('audit-plan-new-save').click();
    const detail = frame().locator('[data-testid^="audit-detail-"]');
    await detail.waitFor();
    auditId = (await detail.getAttribute('data-testid'))!.replace('audit-detail-', '');
    const created = (await audits()).find((a) => a.id === auditId);
    expect(created).toMatchObject({ title: 'IT operations: leavers and threat intelligence', state: 'planned' });

    const lead = frame().getByTestId(`audit-check-${byName('Rahul Mehta')}`);
    await lead.filter({ hasText: 'Competent' }).waitFor();
    await lead.filter({ hasText: 'Independent' }).waitFor();
    const check = frame().getByTestId(`audit-check-${byName('Sofia Lindqvist')}`);
    await check.filter({ hasText: 'Competent' }).waitFor();
    // Her certificate expires within 60 days: a warning, not a block.
    await check.filter({ hasText: /expires on .* \(in \d+ days\)/ }).waitFor();
    await frame().getByTestId('checklist-A-5-7-row').waitFor();
    await frame().getByTestId('checklist-A-5-18-row').waitFor();
    await frame().getByTestId('audits-table').getByText('IT operations: leavers and threat intelligence').waitFor();
  });

  it('[ISO9.2.2b] [P11.50] lets the owner join only through a signed override, which the plan shows', async () => {
    await frame().getByTestId('audit-override-open').click();
    await frame().getByTestId('override-dialog').waitFor();
    await frame()
      .getByTestId('override-meaning')
      .filter({ hasText: 'Impartiality override: I authorise this exception' })
      .waitFor();
    await choose('override-auditor', 'Olu Adeyemi');
    await frame()
      .locator('#override-justification')
      .fill('Only Olu knows the legacy VPN gateway; Rahul leads and reviews every result he records.');
    await frame().locator('#override-passphrase').fill(PASS);
    await frame().getByTestId('override-submit').click();
    const override = frame().getByTestId('audit-overrides').locator('[data-testid$="-justification"]');
    await override.filter({ hasText: 'Only Olu knows the legacy VPN gateway' }).waitFor();
    await frame()
      .getByTestId('audit-overrides')
      .locator('[data-testid$="-signature"]')
      .filter({ hasText: 'Aoife Brennan' })
      .waitFor();

    // The area's override does not reach A.5.18: the SoA makes Olu its control owner, a conflict of its own.
    await choose(`audit-plan-${auditId}-team`, 'Olu Adeyemi');
    await frame().getByTestId(`audit-plan-${auditId}-save`).click();
    await frame()
      .getByTestId(`audit-plan-${auditId}-team-error`)
      .filter({ hasText: 'Olu Adeyemi owns control A.5.18 in the Statement of Applicability' })
      .waitFor();
    // The dialog starts from the refused person and line; the programme manager signs for that line too.
    await frame().getByTestId('audit-override-open').click();
    await frame().getByTestId('override-dialog').filter({ hasText: 'Scope line: A.5.18' }).waitFor();
    await frame()
      .locator('#override-justification')
      .fill('Olu shows the VPN access logs for A.5.18; Rahul alone judges the line and records any finding.');
    await frame().locator('#override-passphrase').fill(PASS);
    await frame().getByTestId('override-submit').click();
    await frame().getByTestId('audit-overrides').getByText('Olu Adeyemi may audit scope line A.5.18').waitFor();

    // With both overrides signed, the owner may join the team; the checks say why.
    await frame().getByTestId(`audit-plan-${auditId}-save`).click();
    await frame().getByTestId(`audit-plan-${auditId}-saved`).waitFor();
    await frame().getByTestId(`audit-check-${olu}`).filter({ hasText: 'Allowed by override' }).waitFor();

    await frame().getByTestId('audit-publish-button').click();
    await frame().getByTestId('audit-publish-done').waitFor();
    await frame().getByTestId('audit-publish-page').filter({ hasText: 'version 1' }).waitFor();
  });

  it('[ISO9.2.2] starts fieldwork as the programme manager, once the plan is approved and acknowledged', async () => {
    // Before the steps, the page names what fieldwork still needs.
    await frame().getByTestId('audit-steps-missing').filter({ hasText: 'Fieldwork cannot start' }).waitFor();
    expect((await auditView()).steps.planApproved).toBe(false);
    // The lead approves the plan with his signature, on the audit's page.
    await switchUser('Rahul Mehta');
    await openAudit();
    await frame().getByTestId('audit-plan-approve').click();
    await frame().getByTestId('signing-passphrase').fill(demoSigningPassphrase);
    await frame().getByTestId('signing-submit').click();
    await frame().getByTestId('signing-done').click();
    await frame().getByTestId('audit-plan-approval-state').filter({ hasText: 'Plan approved' }).waitFor();
    // The auditee named on the plan reads it and acknowledges it on the same page.
    await switchUser('Olu Adeyemi');
    await openAudit();
    await frame().locator('#audit-acknowledge-note').fill('Plan read; dates suit the team.');
    await frame().getByTestId('audit-acknowledge-submit').click();
    await frame().getByTestId(`audit-acknowledgement-${olu}`).filter({ hasText: 'dates suit the team' }).waitFor();
    expect((await auditView()).steps).toMatchObject({ planApproved: true, notAcknowledged: [], nextStepMissing: null });
    await switchUser('Aoife Brennan');
    await openAudit();
    await frame().getByTestId('audit-move-inProgress').click();
    await frame().getByTestId('audit-state').filter({ hasText: 'In progress' }).waitFor();
    expect((await audits()).find((a) => a.id === auditId)?.state).toBe('inProgress');
  });

  it('[ISO9.2.2] records a conformity as the lead auditor', async () => {
    await switchUser('Rahul Mehta');
    await openAudit();
    await pick('checklist-A-5-7-result', 'Conforming');
    await frame().locator('#checklist-A-5-7-note').fill('Threat feed subscriptions reviewed monthly; minutes seen.');
    await frame().getByTestId('checklist-A-5-7-save').click();
    await frame().getByTestId('checklist-A-5-7-saved-result').filter({ hasText: 'Conforming' }).waitFor();
    await frame().getByTestId('audit-checklist-progress').filter({ hasText: '1 of 2' }).waitFor();
  });

  it('[ISO10.2] will not save a nonconformity line without its finding', async () => {
    await pick('checklist-A-5-18-result', 'Nonconformity');
    await frame().getByTestId('checklist-A-5-18-finding').waitFor();
    await frame().getByTestId('checklist-A-5-18-save').click();
    await frame().getByTestId('checklist-A-5-18-failure').waitFor();
    await frame().getByTestId('checklist-A-5-18-saved-result').filter({ hasText: 'Open' }).waitFor();
    const findings = (await sandbox.platform.invoke('listFindings', { auditId }, aoife)) as {
      value: { findings: unknown[] };
    };
    expect(findings.value.findings).toEqual([]);
  });

  it('[ISO10.2] records the nonconformity with its graded finding, flagged as a repeat', async () => {
    await frame()
      .locator('#checklist-A-5-18-finding-requirement')
      .fill('Access rights are removed on the last working day (leaver procedure).');
    await frame()
      .locator('#checklist-A-5-18-finding-evidence')
      .fill('Of 10 leavers sampled in October, two kept VPN access for more than a week.');
    await frame().locator('#checklist-A-5-18-finding-gap').fill('Two leavers kept VPN access after leaving.');
    await frame().getByTestId('checklist-A-5-18-save').click();
    await frame().getByTestId('checklist-A-5-18-saved-result').filter({ hasText: 'Nonconformity' }).waitFor();
    const finding = frame().getByTestId('audit-findings').locator('[data-testid$="-grade"]');
    await finding.filter({ hasText: 'Minor nonconformity' }).waitFor();
    // IT operations had a finding on A.5.18 earlier in the cycle: this one repeats it.
    await frame().getByTestId('audit-findings').locator('[data-testid$="-repeat"]').waitFor();
    await frame().getByTestId('audit-checklist-progress').filter({ hasText: '2 of 2' }).waitFor();
  });

  it('[ISO9.2.2] collects a Confluence page as evidence and shows when the page changed since', async () => {
    const found = await sandbox.platform.requestProduct(
      'confluence',
      'GET',
      `/wiki/api/v2/pages?title=${encodeURIComponent('Information security policy')}`,
      undefined,
      undefined,
      'app',
    );
    const policy = (found.body as { results: Array<{ id: string; title: string; version: { number: number } }> })
      .results[0]!;

    await frame().getByTestId('audit-evidence-open').click();
    await pick('evidence-item', 'A.5.18 Access rights');
    await frame().locator('#evidence-description').fill('The access policy the leaver procedure rests on.');
    await pick('evidence-reference-type', 'Confluence page');
    await frame().locator('#evidence-page-id').fill(policy.id);
    await frame().getByTestId('audit-evidence-submit').click();
    const item = frame().getByTestId('audit-evidence').locator('[data-testid^="audit-evidence-"]').first();
    await item.filter({ hasText: `version ${policy.version.number}` }).waitFor();
    await frame()
      .getByTestId('audit-evidence')
      .locator('[data-testid$="-check"]')
      .filter({ hasText: 'Unchanged' })
      .waitFor();

    const edited = await sandbox.platform.requestProduct(
      'confluence',
      'PUT',
      `/wiki/api/v2/pages/${policy.id}`,
      {
        id: policy.id,
        status: 'current',
        title: policy.title,
        body: { representation: 'storage', value: '<p>Internal audits happen when convenient.</p>' },
        version: { number: policy.version.number + 1 },
      },
      aoife,
    );
    expect(edited.status).toBe(200);
    await frame().getByTestId('audit-evidence-recheck').click();
    await frame()
      .getByTestId('audit-evidence')
      .locator('[data-testid$="-check"]')
      .filter({ hasText: 'Changed since collected' })
      .waitFor();
  });

  it('[ISO9.2.2] moves coverage on the overview once the lead auditor reports the audit', async () => {
    // Reporting needs the opening meeting: the lead records it on the audit's page (the day
    // fieldwork started, the lead and the auditee attending, as the form suggests).
    await frame().getByTestId('audit-opening-meeting-open').click();
    await frame().locator('#audit-opening-meeting-points').fill('Scope and timetable confirmed');
    await frame().getByTestId('audit-opening-meeting-submit').click();
    await frame().getByTestId('audit-opening-meeting-record').filter({ hasText: 'Olu Adeyemi' }).waitFor();
    await frame().getByTestId('audit-move-reporting').click();
    await frame().getByTestId('audit-state').filter({ hasText: 'Reporting' }).waitFor();
    await frame().getByTestId('tab-overview').click();
    await frame()
      .getByTestId('coverage-audited')
      .filter({ hasText: String(auditedBefore + 1) })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('[ISO9.2.2] regrades the finding with a reason and records the closing meeting with the auditee’s diverging opinion', async () => {
    await openAudit();
    const findings = (await sandbox.platform.invoke('listFindings', { auditId }, aoife)) as {
      value: { findings: Array<{ id: string }> };
    };
    const findingId = findings.value.findings[0]!.id;
    const revise = `audit-finding-${findingId}-revise`;
    await frame().getByTestId(`${revise}-open`).click();
    await pick(`${revise}-grade`, 'Major nonconformity');
    await frame().locator(`#${revise}-reason`).fill('The VPN gives access to production systems: the gap is major.');
    await frame().getByTestId(`${revise}-submit`).click();
    await frame()
      .getByTestId(`audit-finding-${findingId}-history`)
      .filter({ hasText: 'regraded from Minor nonconformity to Major nonconformity' })
      .waitFor();
    // The earlier version stays readable under the finding.
    await frame().getByTestId(`audit-finding-${findingId}-history`).filter({ hasText: 'Before: Minor' }).waitFor();

    await frame().getByTestId('audit-closing-meeting-open').click();
    await typeDate('audit-closing-meeting-held-on', today);
    await frame().locator('#audit-closing-meeting-points').fill('Findings presented; the leaver procedure discussed.');
    const position = `audit-closing-meeting-position-${findingId}`;
    await pick(`${position}-choice`, 'Diverging opinion');
    await frame()
      .locator(`#${position}-opinion`)
      .fill('IT operations holds that the VPN accounts were already disabled.');
    await frame().getByTestId('audit-closing-meeting-submit').click();
    await frame()
      .getByTestId(`audit-closing-meeting-record-position-${findingId}`)
      .filter({ hasText: 'diverging opinion: IT operations holds' })
      .waitFor();
    const view = (await sandbox.platform.invoke('getAudit', { auditId }, aoife)) as {
      value: { steps: { reportBlockers: string[] } };
    };
    expect(view.value.steps.reportBlockers).toEqual([]);
    expect(problems).toEqual([]);
  });
});
