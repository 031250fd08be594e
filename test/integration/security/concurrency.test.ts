import type { ResolverName } from '../../../src/contract/resolvers';
import { dispatch } from '../../../src/entry/dispatch';
import { runAs } from '../../../sandbox/platform/invocation';
import { everyRole, fuzzWorld, type FuzzWorld } from '../../support/fuzz/fuzzWorld';
import { lockoutRace } from '../../support/fuzz/lockoutRace';
import { auditId, lead, passphrase, reachReporting, reportWorld, type ReportWorld } from '../reports/reportFixture';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { withoutEffectivenessWait } from '../../support/noEffectivenessWait';
import { passphraseAfterDemoSeed } from '../../support/demoSigning';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

/**
 * Counters and single-use acts under concurrency: N copies of one request sent at once must end
 * exactly as N sent one after another — same answers, same records, same queue, same Jira. Each
 * case builds two identical worlds, runs the requests sequentially in one and all at once in the
 * other, and compares what each world holds afterwards.
 */
jest.setTimeout(300_000);

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
const call = (world: FuzzWorld, name: ResolverName, payload: unknown, who = everyRole) =>
  runAs(who, () => dispatch(name, payload, who, async () => world.servicesFor(who))) as Promise<Answer>;

/** What a world holds that a repeated request could multiply: records written per type, queue, Jira. */
async function holdings(world: FuzzWorld, since: number) {
  const written = await world.services.trail.entries({ afterSeq: since, limit: 10_000 });
  const perType: Record<string, number> = {};
  for (const entry of written) {
    const key = `${entry.entityType}:${entry.action}`;
    perType[key] = (perType[key] ?? 0) + 1;
  }
  const platform = world.platform.platformDb
    .prepare(
      `SELECT (SELECT count(*) FROM forge_queue_event) AS queued, (SELECT count(*) FROM jira_issues) AS issues,
              (SELECT count(*) FROM jira_comments) AS comments`,
    )
    .get();
  return { perType, platform };
}

const outcome = (answers: Answer[]) =>
  answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort((a, b) => a.localeCompare(b));

async function sequentialVersusParallel(
  n: number,
  prepare: (world: FuzzWorld) => Promise<void>,
  request: (world: FuzzWorld, i: number) => Promise<Answer>,
) {
  const run = async (parallel: boolean) => {
    const world = await fuzzWorld();
    try {
      await prepare(world);
      const since = await world.services.trail.headSeq();
      const answers: Answer[] = [];
      if (parallel) answers.push(...(await Promise.all(Array.from({ length: n }, (_, i) => request(world, i)))));
      else for (let i = 0; i < n; i += 1) answers.push(await request(world, i));
      return { answers: outcome(answers), holdings: await holdings(world, since) };
    } finally {
      await world.close();
    }
  };
  return { sequential: await run(false), parallel: await run(true) };
}

describe('N parallel attempts end as N sequential ones', () => {
  it('[P11.300d] twenty parallel wrong passphrases cost twenty attempts and lock as twenty sequential ones do', async () => {
    const race = await lockoutRace(20);
    expect(race.attemptsCounted).toBe(race.attemptsMade);
    expect(race.parallel).toEqual(race.sequential);
  });

  it('[P11.10f] raising the findings of one audit ten times at once starts the same jobs as ten times in turn', async () => {
    const { sequential, parallel } = await sequentialVersusParallel(
      10,
      async () => undefined,
      (world) => call(world, 'raiseFindingIssues', { auditId: 'audit_1' }),
    );
    expect(parallel).toEqual(sequential);
  });

  it('[P11.10f] raising a review’s decisions ten times at once raises each decision once, as in turn', async () => {
    let reviewId = '';
    const { sequential, parallel } = await sequentialVersusParallel(
      10,
      async (world) => {
        const created = await call(world, 'createManagementReview', {
          title: 'Management review 2026',
          from: '2026-01-01',
          to: '2026-12-31',
        });
        if (!created.ok) throw new Error(created.error.message);
        reviewId =
          (created.value as { reviewId?: string; id?: string }).reviewId ?? (created.value as { id: string }).id;
        for (const text of ['Fund a second backup site', 'Train every auditor on Annex 11']) {
          const added = await call(world, 'addReviewDecision', {
            reviewId,
            text,
            ownerId: 'acct-auditee',
            dueDate: '2027-03-31',
          });
          if (!added.ok) throw new Error(added.error.message);
        }
      },
      (world) => call(world, 'raiseReviewDecisions', { reviewId }),
    );
    expect(parallel).toEqual(sequential);
  });

  it('[P11.10f] [P11.70] five approvals of one report sent at once sign it once, as five in turn do', async () => {
    const run = async (parallel: boolean) => {
      const world: ReportWorld = await reportWorld();
      try {
        await reachReporting(world);
        await world.value('setSigningPassphrase', { newPassphrase: passphrase }, lead);
        const version = async () => (await world.services.store.get('auditReport', auditId))!.version;
        await world.value(
          'saveAuditReportContent',
          { auditId, expectedVersion: await version(), conclusion: 'Effective.', distribution: ['Chief executive'] },
          lead,
        );
        const since = await world.services.trail.headSeq();
        const payload = { auditId, expectedVersion: await version(), passphrase };
        const approve = () => world.call('approveAuditReport', payload, lead) as Promise<Answer>;
        const answers: Answer[] = [];
        if (parallel) answers.push(...(await Promise.all([1, 2, 3, 4, 5].map(() => approve()))));
        else for (let i = 0; i < 5; i += 1) answers.push(await approve());
        const written = await world.services.trail.entries({ afterSeq: since, limit: 10_000 });
        const perType: Record<string, number> = {};
        for (const entry of written) perType[entry.entityType] = (perType[entry.entityType] ?? 0) + 1;
        return {
          answers: outcome(answers),
          signatures: perType.signature ?? 0,
          reportWrites: perType.auditReport ?? 0,
        };
      } finally {
        await world.close();
      }
    };
    const sequential = await run(false);
    expect(sequential.signatures).toBe(1);
    expect(await run(true)).toEqual(sequential);
  });

  it('[P11.10f] [P11.10g] five verifications of one corrective action sent at once record one, as five in turn do', async () => {
    const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
    const [manager, implementer, verifier] = ['Aoife Brennan', 'Rahul Mehta', 'Sofia Lindqvist'].map(person) as [
      string,
      string,
      string,
    ];
    const secret = 'a long enough signing passphrase';
    const run = async (parallel: boolean) => {
      // A new platform is a new install: the app's once-per-instance state starts afresh with it.
      jest.resetModules();
      const platform = new SandboxPlatform({ clock: new SandboxClock() });
      try {
        for (const [key, name, issueType] of [
          ['NC', 'Nonconformities', 'Nonconformity'],
          ['CA', 'Corrective actions', 'Corrective action'],
        ] as const) {
          platform.jira.configureProject({ key, name, issueTypes: [{ name: issueType }], workflow: demoWorkflow });
        }
        await seedDemo(platform);
        const invoke = async (name: string, payload: unknown, who: string) =>
          (await platform.invoke(name, payload, who)) as Answer;
        const value = async (name: string, payload: unknown, who: string): Promise<any> => {
          const answer = await invoke(name, payload, who);
          if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
          return answer.value;
        };
        for (const who of [manager, implementer, verifier])
          await value('setSigningPassphrase', passphraseAfterDemoSeed(who, secret), who);
        await withoutEffectivenessWait(value, manager);
        const { findings } = await value('listFindings', {}, manager);
        const nc = findings.find((f: any) => ['majorNC', 'minorNC'].includes(f.finding.content.grade));
        let view = await value(
          'openCorrectiveAction',
          { findingIds: [nc.id], title: 'Revoke leavers automatically', correction: { text: 'Revoked at once' } },
          manager,
        );
        await platform.tick();
        const today = (await value('listOverdue', {}, manager)).today as string;
        const due = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
        const checkBy = new Date(Date.parse(`${due}T00:00:00Z`) + 120 * 86_400_000).toISOString().slice(0, 10);
        view = await value('getCorrectiveAction', { correctiveActionId: view.id }, manager);
        const record = (step: Record<string, unknown>) =>
          value(
            'recordCorrectiveActionStep',
            { correctiveActionId: view.id, expectedVersion: view.version, step },
            implementer,
          );
        view = await record({ step: 'rootCause', method: 'fiveWhys', text: 'Leaver list was checked by hand' });
        view = await record({ step: 'extent', text: 'Same manual step for LIMS accounts', recurElsewhere: true });
        view = await record({
          step: 'plan',
          text: 'Automate revocation from the HR feed',
          ownerId: implementer,
          dueDate: due,
        });
        view = await value(
          'approveCorrectiveActionPlan',
          {
            correctiveActionId: view.id,
            expectedVersion: view.version,
            effectivenessCriteria: 'No leaver keeps access past their last day',
            checkDueDate: checkBy,
            passphrase: secret,
          },
          manager,
        );
        view = await record({
          step: 'implementation',
          text: 'HR feed revokes VPN within the hour',
          evidence: [{ label: 'Change record', url: 'https://helix.example/changes/881' }],
        });
        const payload = {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          result: 'effective',
          note: 'Tested three leavers',
          passphrase: secret,
        };
        const verify = () => invoke('verifyCorrectiveAction', payload, verifier);
        const answers: Answer[] = [];
        if (parallel) answers.push(...(await Promise.all([1, 2, 3, 4, 5].map(() => verify()))));
        else for (let i = 0; i < 5; i += 1) answers.push(await verify());
        const after = await value('getCorrectiveAction', { correctiveActionId: view.id }, manager);
        return {
          answers: outcome(answers),
          verifications: after.verifications.length,
          signatures: after.verifications.filter((v: any) => v.signature).length,
          state: after.action.state,
        };
      } finally {
        await platform.close();
      }
    };
    const sequential = await run(false);
    expect(sequential.verifications).toBe(1);
    expect(await run(true)).toEqual(sequential);
  });
});
