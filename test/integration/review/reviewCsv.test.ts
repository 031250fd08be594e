import type { AppServices } from '../../../src/app/services';
import { parseCsv } from '../../../src/domain/csv/csv';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import { people, put, seedProgramme } from './registerFixture';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;

const call = (payload: unknown, who = people.viewer) =>
  dispatch('exportReviewCsv', payload, who, async () => services) as Promise<any>;

/** The file's records as objects keyed by the header. */
function records(content: string): Array<Record<string, string>> {
  const parsed = parseCsv(content);
  if (!parsed.ok) throw new Error(parsed.message);
  const [header, ...rows] = parsed.records;
  return rows.map((row) => Object.fromEntries(header!.cells.map((name, i) => [name, row.cells[i] ?? ''])));
}

beforeEach(async () => {
  ctx = await appServicesForTest({ [people.owner]: 'Ciara Walsh' });
  services = ctx.services;
  await grantRoles(services, { [people.manager]: ['programmeManager'], [people.viewer]: ['viewer'] });
  await seedProgramme(services);
});
afterEach(() => ctx.close());

describe('the finding register CSV', () => {
  it('holds every finding raised in the current cycle, in register order, with no limit', async () => {
    const result = await call({ register: 'findings' });
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'finding-register-2026-01-01-to-2026-12-31.csv', mimeType: 'text/csv' },
    });
    const rows = records(result.value.content);
    expect(rows.map((row) => row.finding)).toEqual(['f-major', 'f-minor', 'f-failed', 'f-obs']);
    expect(rows[0]).toEqual({
      finding: 'f-major',
      grade: 'majorNC',
      'clause or control': 'A.8.13',
      title: 'Information backup',
      'audit id': 'au-backup',
      audit: 'Backup and logging audit',
      source: 'internalAudit',
      'source reference': '',
      'area id': 'ar-it',
      area: 'IT operations',
      'raised on': '2026-03-04',
      status: 'Action planned',
      open: 'yes',
      'jira key': 'NC-1',
      'due date': '2026-11-24',
      overdue: 'no',
      'days overdue': '0',
    });
    expect(rows[2]).toMatchObject({ status: 'Raise failed', 'jira key': '', 'due date': '2026-12-31' });
  });

  it('covers the period asked for', async () => {
    const result = await call({ register: 'findings', from: '2025-01-01', to: '2025-12-31' });
    expect(result.value.fileName).toBe('finding-register-2025-01-01-to-2025-12-31.csv');
    expect(records(result.value.content).map((row) => row.finding)).toEqual(['f-old']);
  });
});

describe('the corrective-action register CSV', () => {
  it('holds the actions active in the cycle with their due dates, verifications and Jira issue', async () => {
    const result = await call({ register: 'correctiveActions' });
    expect(result.value.fileName).toBe('corrective-action-register-2026-01-01-to-2026-12-31.csv');
    const rows = records(result.value.content);
    expect(rows.map((row) => row['corrective action'])).toEqual(['ca-1', 'ca-2']);
    expect(rows[0]).toEqual({
      'corrective action': 'ca-1',
      title: 'Restore testing every month',
      state: 'implementation',
      findings: 'f-major',
      grade: 'majorNC',
      sources: 'internalAudit',
      'opened on': '2026-03-10',
      'plan owner': people.owner,
      // The name beside the id: printed for people, the id kept for traceability.
      'plan owner name': 'Ciara Walsh',
      'due date': '2026-11-01',
      'due for': 'implementation',
      overdue: 'yes',
      'days overdue': '23',
      verifications: '0',
      'not effective': '0',
      'first verification': '',
      'closed at': '',
      'jira key': 'CA-1',
      'jira status': 'Implemented',
    });
    expect(rows[1]).toMatchObject({
      grade: 'minorNC',
      state: 'closed',
      verifications: '2',
      'not effective': '1',
      'first verification': 'notEffective',
      'closed at': '2026-06-01T10:00:00.000Z',
      overdue: 'no',
      'jira status': 'Not raised',
    });
  });

  it('covers the period asked for, and writes text a spreadsheet would run as a formula as text', async () => {
    const old = await services.store.get('correctiveAction', 'ca-old');
    await put(services, 'correctiveAction', 'ca-old', { ...old!.record, title: '=HYPERLINK("http://x")' });
    const result = await call({ register: 'correctiveActions', from: '2025-01-01', to: '2025-12-31' });
    const rows = records(result.value.content);
    expect(rows.map((row) => row['corrective action'])).toEqual(['ca-old']);
    expect(rows[0]?.title).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('exporting a review CSV', () => {
  it('refuses half a period, naming the field, and a caller without an app role', async () => {
    expect(await call({ register: 'findings', from: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to' },
    });
    expect(await call({ register: 'findings' }, 'acct-stranger')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
