import type { ExportCursor, ExportJob } from '../../domain/records/exportJob';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';
import { signaturesOf } from '../signing/signatures';
import { trailEntries } from '../trail/trailPages';
import { verifyAuditTrail } from '../trail/verifyAuditTrail';
import { piece, type ExportPiece } from '../trail/exportPiece';
import { approvedReportExport, programmeRecordTypes } from './exportProgrammeRecord';

/** The trail section's entity types: the records' and every signature's, as the one-call export has them. */
const trailTypes = [...programmeRecordTypes, 'signature'];

/**
 * The records of a type after `afterId`, in the store's order (by id). A record deleted since the
 * cursor was saved is not found by id: the walk goes on after the ids ordered before it.
 */
function after<T>(records: StoredRecord<T>[], afterId: string | null): StoredRecord<T>[] {
  if (afterId === null) return records;
  const at = records.findIndex((r) => r.id === afterId);
  return at >= 0 ? records.slice(at + 1) : records.filter((r) => r.id > afterId);
}

const comma = (cursor: ExportCursor) => (cursor.written > 0 ? ',' : '');

/**
 * The programme's record export, piece by piece from the job's cursor: the text of
 * `JSON.stringify(exportProgrammeRecord(...))` for the same data, written as its sections (records,
 * signatures, trail, verdict, approved reports) one item at a time so a chunk can stop and the next
 * resume anywhere. The trail section stops at the head read when it begins, after every record was
 * written, so each record's version in the export has its entry in the trail.
 */
export async function* recordExportPieces(services: AppServices, job: ExportJob): AsyncGenerator<ExportPiece> {
  let cursor = job.cursor;
  if (cursor.section === 'head') {
    cursor = { ...cursor, section: 'records', typeIndex: 0, afterId: null, written: 0 };
    yield piece(job.opening ?? '', cursor);
  }
  if (cursor.section === 'records') {
    for (let t = cursor.typeIndex; t < programmeRecordTypes.length; t += 1) {
      const type = programmeRecordTypes[t]!;
      for (const stored of after(await services.store.list(type), t === cursor.typeIndex ? cursor.afterId : null)) {
        const { id, version, updatedAt, updatedBy } = stored;
        const text =
          comma(cursor) + JSON.stringify({ type, id, version, updatedAt, updatedBy, content: stored.record });
        cursor = { ...cursor, typeIndex: t, afterId: id, written: cursor.written + 1 };
        yield piece(text, cursor, { records: 1 });
      }
    }
    cursor = { ...cursor, section: 'signatures', typeIndex: 0, afterId: null, written: 0 };
    yield piece('],"signatures":[', cursor);
  }
  if (cursor.section === 'signatures') {
    // One read of every signature tells which records have any: only those are asked for theirs.
    const signed = new Set(
      (await services.store.list('signature')).map((s) => `${s.record.recordType}/${s.record.recordId}`),
    );
    for (let t = cursor.typeIndex; t < programmeRecordTypes.length; t += 1) {
      const type = programmeRecordTypes[t]!;
      for (const stored of after(await services.store.list(type), t === cursor.typeIndex ? cursor.afterId : null)) {
        const texts = signed.has(`${type}/${stored.id}`)
          ? (await signaturesOf(services, { recordType: type, recordId: stored.id })).signatures.map((s) =>
              JSON.stringify(s),
            )
          : [];
        const text = texts.length > 0 ? comma(cursor) + texts.join(',') : '';
        cursor = { ...cursor, typeIndex: t, afterId: stored.id, written: cursor.written + texts.length };
        yield piece(text, cursor);
      }
    }
    cursor = { ...cursor, section: 'trail', afterSeq: 0, written: 0, throughSeq: await services.trail.headSeq() };
    yield piece('],"trail":[', cursor);
  }
  if (cursor.section === 'trail') {
    const throughSeq = cursor.throughSeq ?? 0;
    for await (const entry of mergedBySeq(services, cursor.afterSeq)) {
      if (entry.seq > throughSeq) break;
      const text = comma(cursor) + JSON.stringify(entry);
      cursor = { ...cursor, afterSeq: entry.seq, written: cursor.written + 1 };
      yield piece(text, cursor, { entries: 1 });
    }
    const verdict = await verifyAuditTrail(services);
    cursor = { ...cursor, section: 'reports', afterId: null, written: 0 };
    yield piece(`],"trailVerdict":${JSON.stringify(verdict)},"auditReports":[`, cursor);
  }
  if (cursor.section === 'reports') {
    for (const stored of after(await services.store.list('auditReport'), cursor.afterId)) {
      const { signatures } = await signaturesOf(services, { recordType: 'auditReport', recordId: stored.id });
      const titleOf = new Map<string, string>();
      const audit = await services.store.get('audit', stored.record.auditId);
      if (audit) titleOf.set(audit.id, (audit.record as AuditRecord).plan.title);
      const exported = await approvedReportExport(
        services,
        { id: stored.id, content: stored.record },
        (id) => titleOf.get(id),
        signatures,
      );
      const text = exported ? comma(cursor) + JSON.stringify(exported) : '';
      cursor = { ...cursor, afterId: stored.id, written: cursor.written + (exported ? 1 : 0) };
      yield piece(text, cursor);
    }
    yield piece(']}', { ...cursor, section: 'done' });
  }
}

/**
 * The trail entries of the record's types after `afterSeq`, in seq order: each type read on its own
 * index in pages, merged, so the entries of other types (corrective actions, reviews) are never read.
 */
async function* mergedBySeq(services: AppServices, afterSeq: number): AsyncGenerator<TrailEntry> {
  const streams = trailTypes.map((entityType) => trailEntries(services.trail, { entityType }, afterSeq));
  const heads = await Promise.all(streams.map((s) => s.next()));
  for (;;) {
    let lowest = -1;
    for (let i = 0; i < heads.length; i += 1) {
      const head = heads[i]!;
      if (head.done) continue;
      if (lowest < 0 || head.value.seq < (heads[lowest]!.value as TrailEntry).seq) lowest = i;
    }
    if (lowest < 0) return;
    yield heads[lowest]!.value as TrailEntry;
    heads[lowest] = await streams[lowest]!.next();
  }
}
