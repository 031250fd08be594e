import type { AppServices } from '../../../src/app/services';
import { cycleContext } from '../../../src/app/programme/cycleContext';
import { dispatch } from '../../../src/entry/dispatch';
import { AuditProgramme } from '../../../src/domain/programme/auditProgramme';
import { FindingRecord } from '../../../src/domain/audits/finding';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import {
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../../support/fieldwork';

/**
 * The report suites' world: the fieldwork cast, the current programme writing to the emulated
 * Confluence's ISMS space, and one audit in progress whose checklist is answered, with a finding
 * and a piece of evidence, ready to reach reporting.
 */
export const auditId = 'audit_1';
export const passphrase = 'a long enough signing passphrase';
export const { manager, lead, team, outsider, viewer } = fieldworkPeople;

export type ReportWorld = Awaited<ReturnType<typeof appServicesForTest>> & {
  call: (name: string, payload: unknown, who: string) => Promise<any>;
  /** The value of a call that must succeed. */
  value: (name: string, payload: unknown, who: string) => Promise<any>;
  trailLength: () => Promise<number>;
  /** Reads a page straight from Confluence, as a person would. */
  pageBody: (pageId: string) => Promise<{ version: number; storage: string; title: string }>;
  /** Someone saves the page in Confluence's editor (as the team member). */
  editInConfluence: (pageId: string, storage: string) => Promise<void>;
};

export async function setIsmsSpace(services: AppServices, spaceKey: string | null): Promise<void> {
  const { programmeId } = await cycleContext(services);
  const current = await services.store.get('auditProgramme', programmeId);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeId,
    before: current,
    after: AuditProgramme.parse({ ...current!.record, ismsSpaceKey: spaceKey }),
    actor: manager,
    at: services.clock.now(),
  });
}

export async function reportWorld(options: { ismsSpace?: boolean } = {}): Promise<ReportWorld> {
  const ctx = await appServicesForTest(fieldworkNames);
  const { services } = ctx;
  const call = (name: string, payload: unknown, who: string) =>
    dispatch(name as never, payload, who, async () => services) as Promise<any>;
  const value = async (name: string, payload: unknown, who: string) => {
    const answer = await call(name, payload, who);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.value;
  };
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
  if (options.ismsSpace !== false) await setIsmsSpace(services, 'ISMS');
  await writeFieldworkAudit(services, auditId, 'inProgress', {
    title: 'Backups <b>&</b> logging',
    areaIds: ['area_it'],
    criteria: 'ISO/IEC 27001:2022 and the backup policy',
    objectives: 'Check that backups are restorable',
    methods: 'Interviews and record sampling',
  });
  const audit = (await services.store.get('audit', auditId))!;
  await services.store.apply({
    entity: 'audit',
    id: auditId,
    before: audit,
    after: {
      ...audit.record,
      checklist: [
        { itemId: 'A.8.13', result: 'nonconformity', note: 'No restore test this year' },
        { itemId: 'A.8.15', result: 'observation', note: 'Retention not written down' },
        { itemId: '9.2.2', result: 'conforming', note: '' },
      ],
    },
    actor: lead,
    at: services.clock.now(),
  });
  await services.store.apply({
    entity: 'finding',
    id: 'finding_1',
    before: null,
    after: FindingRecord.parse({
      auditId,
      content: {
        grade: 'minorNC',
        itemId: 'A.8.13',
        areaId: 'area_it',
        requirement: 'Backups are tested regularly',
        evidence: 'No restore test recorded in 2026',
        gap: 'Restores are not tested',
      },
      raisedOn: '2026-11-24',
      raisedBy: lead,
    }),
    actor: lead,
    at: services.clock.now(),
  });
  await services.store.apply({
    entity: 'evidence',
    id: 'evidence_1',
    before: null,
    after: {
      auditId,
      kind: 'record',
      itemId: 'A.8.13',
      description: 'Backup job log for October',
      reference: { type: 'jiraIssue', issueKey: 'OPS-12' },
      collectedBy: team,
      collectedAt: '2026-11-24T10:00:00.000Z',
    },
    actor: team,
    at: services.clock.now(),
  });
  const pageBody = async (pageId: string) => {
    const answer = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=storage`, undefined, manager);
    const page = answer.body as { title: string; version: { number: number }; body: { storage: { value: string } } };
    return { version: page.version.number, storage: page.body.storage.value, title: page.title };
  };
  const editInConfluence = async (pageId: string, storage: string) => {
    const current = await pageBody(pageId);
    const answer = await ctx.confluence.call(
      'PUT',
      `/pages/${pageId}`,
      {
        id: pageId,
        status: 'current',
        title: current.title,
        body: { representation: 'storage', value: storage },
        version: { number: current.version + 1 },
      },
      team,
    );
    if (answer.status !== 200) throw new Error(`edit failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  return {
    ...ctx,
    call,
    value,
    trailLength: async () => (await services.trail.entries({ limit: 10_000 })).length,
    pageBody,
    editInConfluence,
  };
}

/** The audit reaches reporting through the use case (which generates the report page). */
export async function reachReporting(world: ReportWorld) {
  const audit = (await world.services.store.get('audit', auditId))!;
  return world.call('moveAudit', { auditId, to: 'reporting', expectedVersion: audit.version }, lead);
}
