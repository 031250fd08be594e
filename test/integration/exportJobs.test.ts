import { runExportChunk, type ExportChunk } from '../../src/app/records/exportJobs';
import type { AppServices } from '../../src/app/services';
import { ONE_CALL_ENTRIES } from '../../src/app/trail/trailQueries';
import { PART_BYTES, storedBytes } from '../../src/domain/records/exportJob';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles, type MemorySnapshots } from '../support/appServices';
import { writeRoleHistory } from '../support/roleHistory';

/**
 * The trail and the programme record exported as background jobs (issue 17): a resolver starts the
 * job, queue events write it in parts, a resolver tells how far it got and another hands the parts
 * out; joined, they are exactly the file the one-call export makes. The record with approved
 * reports and signatures is covered in reports/approveReport.test.ts.
 */
jest.setTimeout(120_000);

const viewer = 'acct-viewer';
const outsider = 'acct-outsider';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who = viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const value = async (name: string, payload: unknown, who = viewer) => {
  const answer = await call(name, payload, who);
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
};

/** Role changes with a long reason each, so a few hundred entries make several parts. */
const writeHistory = (count: number) =>
  writeRoleHistory(
    services,
    () => ctx.clock.now(),
    viewer,
    count,
    (i) => `Review ${i}: "quoted" ${'é'.repeat(400)}`,
  );

/** Runs the queued export events as the consumer would, one at a time, until none is left. */
async function drain(partsPerEvent?: number) {
  let events = 0;
  while (ctx.trailEvents.length > 0) {
    const event = ctx.trailEvents.shift()!.body as unknown as ExportChunk;
    await runExportChunk(services, event, partsPerEvent);
    events += 1;
  }
  return events;
}

/** Every part of a finished export, as the page asks for them, joined. */
async function download(jobId: string) {
  const answers: Array<{ content: string; nextPart: number | null }> = [];
  let fromPart: number | null = 0;
  while (fromPart !== null) {
    const answer: { content: string; nextPart: number | null } = await value('downloadExportPart', { jobId, fromPart });
    answers.push(answer);
    fromPart = answer.nextPart;
  }
  return { content: answers.map((a) => a.content).join(''), answers: answers.length };
}

const storedParts = () =>
  [...(services.snapshots as MemorySnapshots).values.entries()].filter(([key]) => key.startsWith('export-part:'));

beforeEach(async () => {
  ctx = await appServicesForTest({ [viewer]: 'Grace Okafor' });
  services = ctx.services;
  await grantRoles(services, { [viewer]: ['viewer'] });
});
afterEach(() => ctx.close());

describe('the trail exported as a background job', () => {
  it('writes CSV and JSON in parts within a KVS value that join into the one-call file', async () => {
    await writeHistory(600);
    for (const format of ['csv', 'json'] as const) {
      const whole = await value('exportAuditTrail', { format });
      const started = await value('startTrailExport', { format });
      expect(started).toMatchObject({ kind: 'trail', phase: 'writing', fileName: whole.fileName });
      // A part per event: the job goes on from event to event.
      expect(await drain(1)).toBeGreaterThan(2);
      const progress = await value('exportProgress', { jobId: started.jobId });
      expect(progress).toMatchObject({ phase: 'done', percent: 100, entries: whole.entries, mimeType: whole.mimeType });
      expect(progress.parts).toBeGreaterThan(2);
      const joined = await download(started.jobId);
      expect(joined.content).toBe(whole.content);
      expect(progress.bytes).toBe(Buffer.byteLength(whole.content));
    }
    for (const [, stored] of storedParts()) {
      expect(storedBytes((stored as { content: string }).content)).toBeLessThanOrEqual(PART_BYTES);
    }
  });

  it('keeps the filter, and stops at the head it started at', async () => {
    await writeHistory(20);
    const whole = await value('exportAuditTrail', { format: 'csv', entityType: 'userRoles', action: 'update' });
    const started = await value('startTrailExport', { format: 'csv', entityType: 'userRoles', action: 'update' });
    await writeHistory(5);
    await drain();
    expect((await download(started.jobId)).content).toBe(whole.content);
    const empty = await value('startTrailExport', { format: 'json', actor: 'acct-nobody' });
    await drain();
    expect((await download(empty.jobId)).content).toBe('[]');
  });

  it('resumes an interrupted chunk and ignores an event delivered twice', async () => {
    await writeHistory(600);
    const whole = await value('exportAuditTrail', { format: 'json' });
    const started = await value('startTrailExport', { format: 'json' });
    const event = ctx.trailEvents.shift()!.body as unknown as ExportChunk;
    const snapshots = services.snapshots;
    let writes = 0;
    // The function instance dies on its third KVS write: after the first part and its state.
    services = {
      ...services,
      snapshots: {
        get: (key) => snapshots.get(key),
        set: async (key, stored, options) => {
          writes += 1;
          if (writes === 3) throw new Error('the function instance stopped');
          await snapshots.set(key, stored, options);
        },
      },
    };
    await expect(runExportChunk(services, event)).rejects.toThrow('stopped');
    expect(await value('exportProgress', { jobId: started.jobId })).toMatchObject({ phase: 'writing', parts: 1 });
    await expect(download(started.jobId)).rejects.toThrow('not finished');
    // The platform delivers the event again: the chunk goes on from the part saved.
    expect(await runExportChunk(services, event)).toBe('done');
    expect(await runExportChunk(services, event)).toBe('ignored');
    expect(ctx.trailEvents).toHaveLength(0);
    expect((await download(started.jobId)).content).toBe(whole.content);
  });

  it('refuses the one-call export of a trail too long for one call, and bad input, politely', async () => {
    await writeHistory(ONE_CALL_ENTRIES + 1);
    const refused = await call('exportAuditTrail', { format: 'csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(refused.error.message).toContain('background');
    expect((await call('exportProgrammeRecord', {})).error.code).toBe('unavailable');
    expect(await call('startTrailExport', { format: 'xml' })).toMatchObject({ ok: false, error: { field: 'format' } });
    expect(await call('downloadExportPart', { jobId: 'export_404', fromPart: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(ctx.trailEvents).toHaveLength(0);
  });

  it('is open to the app roles that may export today, and to nobody else', async () => {
    expect((await call('startTrailExport', { format: 'csv' }, outsider)).error.code).toBe('forbidden');
    expect((await call('startRecordExport', {}, outsider)).error.code).toBe('forbidden');
    const started = await value('startRecordExport', {});
    await drain();
    expect((await call('exportProgress', { jobId: started.jobId }, outsider)).error.code).toBe('forbidden');
    expect((await call('downloadExportPart', { jobId: started.jobId, fromPart: 0 }, outsider)).error.code).toBe(
      'forbidden',
    );
  });
});

describe('the programme record exported as a background job', () => {
  it('joins into the JSON of the one-call export, records, signatures and trail alike', async () => {
    await writeHistory(300);
    const whole = await value('exportProgrammeRecord', {});
    const started = await value('startRecordExport', {});
    expect(await drain(1)).toBeGreaterThan(1);
    const progress = await value('exportProgress', { jobId: started.jobId });
    expect(progress).toMatchObject({ phase: 'done', records: whole.records.length, entries: whole.trail.length });
    const joined = JSON.parse((await download(started.jobId)).content);
    // The verdict is from the last checkpoint, which the one-call export has just moved on.
    expect({ ...joined, trailVerdict: null }).toEqual({ ...whole, trailVerdict: null });
    expect(joined.trailVerdict).toMatchObject({ intact: true, lastSeq: whole.trailVerdict.lastSeq });
  });
});
