import type { Database } from 'better-sqlite3';
import type { ProductAnswer } from '../platform/product';
import { badRequest, notFound } from './errors';
import { idOf, readablePage, requireAccess, type Call } from './calls';

/**
 * Page attachments: files kept with the page, each upload of the same file name a new version.
 * Uploads and downloads are Confluence's REST v1 endpoints (v2 has neither); listing is v2's
 * `GET /pages/{id}/attachments`, answered with the document's `AttachmentBulk` shape.
 */
export interface AttachmentRow {
  id: number;
  pageId: number;
  title: string;
  mediaType: string;
  comment: string;
  bytes: Buffer;
  version: number;
  authorId: string;
  createdAt: string;
}

/** A multipart body as the emulator reads it: each part a text value or a file. */
export type FormPart =
  { name: string; text: string } | { name: string; fileName: string; mediaType: string; bytes: Buffer };
export interface FormBody {
  form: FormPart[];
}

/**
 * Reads a multipart/form-data body (what an upload sends, as bytes) into its parts. The boundary is
 * the body's first line, so the request's Content-Type header is not needed. Any other body passes.
 */
export function formBodyOf(body: unknown): unknown {
  if (!(body instanceof ArrayBuffer) && !ArrayBuffer.isView(body)) return body;
  const bytes =
    body instanceof ArrayBuffer ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const firstLineEnd = bytes.indexOf('\r\n');
  if (firstLineEnd < 0 || !bytes.subarray(0, 2).equals(Buffer.from('--'))) return { form: [] } satisfies FormBody;
  const delimiter = Buffer.from(`\r\n${bytes.subarray(0, firstLineEnd).toString('latin1')}`);
  const form: FormPart[] = [];
  let start = firstLineEnd + 2;
  for (;;) {
    const end = bytes.indexOf(delimiter, start);
    if (end < 0) break;
    const headerEnd = bytes.indexOf('\r\n\r\n', start);
    if (headerEnd < 0 || headerEnd > end) break;
    const headers = bytes.subarray(start, headerEnd).toString('utf8');
    const content = Buffer.from(bytes.subarray(headerEnd + 4, end));
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const fileName = /filename="([^"]*)"/.exec(headers)?.[1];
    const mediaType = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
    form.push(
      fileName === undefined ? { name, text: content.toString('utf8') } : { name, fileName, mediaType, bytes: content },
    );
    start = end + delimiter.length + 2;
  }
  return { form } satisfies FormBody;
}

export class AttachmentStore {
  constructor(private readonly database: Database) {
    database.exec(`CREATE TABLE IF NOT EXISTS confluence_attachments (
      id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, title TEXT NOT NULL, media_type TEXT NOT NULL,
      comment TEXT NOT NULL, bytes BLOB NOT NULL, version INTEGER NOT NULL, author_id TEXT NOT NULL,
      created_at TEXT NOT NULL, UNIQUE (page_id, title))`);
  }

  ofPage(pageId: number): AttachmentRow[] {
    return (
      this.database
        .prepare('SELECT * FROM confluence_attachments WHERE page_id = ? ORDER BY id')
        .all(pageId) as RawRow[]
    ).map(toRow);
  }

  save(row: AttachmentRow): void {
    this.database
      .prepare(
        `INSERT INTO confluence_attachments (id, page_id, title, media_type, comment, bytes, version, author_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (page_id, title) DO UPDATE SET media_type = excluded.media_type, comment = excluded.comment,
           bytes = excluded.bytes, version = excluded.version, author_id = excluded.author_id, created_at = excluded.created_at`,
      )
      .run(
        row.id,
        row.pageId,
        row.title,
        row.mediaType,
        row.comment,
        row.bytes,
        row.version,
        row.authorId,
        row.createdAt,
      );
  }
}

interface RawRow {
  id: number;
  page_id: number;
  title: string;
  media_type: string;
  comment: string;
  bytes: Buffer;
  version: number;
  author_id: string;
  created_at: string;
}
const toRow = (raw: RawRow): AttachmentRow => ({
  id: raw.id,
  pageId: raw.page_id,
  title: raw.title,
  mediaType: raw.media_type,
  comment: raw.comment,
  bytes: raw.bytes,
  version: raw.version,
  authorId: raw.author_id,
  createdAt: raw.created_at,
});

const attachmentId = (row: AttachmentRow) => `att${row.id}`;

function versionJson(row: AttachmentRow) {
  return {
    number: row.version,
    createdAt: row.createdAt,
    authorId: row.authorId,
    message: row.comment,
    minorEdit: false,
  };
}

/** v2 `AttachmentBulk`. */
function bulkJson(row: AttachmentRow) {
  return {
    id: attachmentId(row),
    status: 'current',
    title: row.title,
    createdAt: row.createdAt,
    pageId: String(row.pageId),
    mediaType: row.mediaType,
    comment: row.comment,
    fileId: `file-${row.id}`,
    fileSize: row.bytes.length,
    webuiLink: `/pages/viewpageattachments.action?pageId=${row.pageId}`,
    downloadLink: `/download/attachments/${row.pageId}/${encodeURIComponent(row.title)}?version=${row.version}`,
    version: versionJson(row),
    _links: { download: `/download/attachments/${row.pageId}/${encodeURIComponent(row.title)}` },
  };
}

/** v1's attachment content, as the upload answers it. */
function v1Json(row: AttachmentRow) {
  return {
    id: attachmentId(row),
    type: 'attachment',
    status: 'current',
    title: row.title,
    version: { number: row.version, when: row.createdAt, message: row.comment },
    metadata: { mediaType: row.mediaType, comment: row.comment },
    extensions: { mediaType: row.mediaType, fileSize: row.bytes.length, comment: row.comment },
    container: { id: String(row.pageId), type: 'page' },
    _links: { download: `/download/attachments/${row.pageId}/${encodeURIComponent(row.title)}?version=${row.version}` },
  };
}

function attachmentsOf(call: Call): AttachmentStore {
  if (!call.attachments) throw new Error('This emulator was built without attachments');
  return call.attachments;
}

/** GET /wiki/api/v2/pages/{id}/attachments (`filename`, `mediaType`; one page of results). */
export function getPageAttachments(call: Call, pageId: number): ProductAnswer {
  readablePage(call, pageId);
  const filename = call.query.get('filename');
  const mediaType = call.query.get('mediaType');
  const results = attachmentsOf(call)
    .ofPage(pageId)
    .filter(
      (row) => (filename === null || row.title === filename) && (mediaType === null || row.mediaType === mediaType),
    )
    .map(bulkJson);
  return { status: 200, body: { results, _links: {} } };
}

/**
 * POST /wiki/rest/api/content/{id}/child/attachment (v1, multipart: `file`, optional `comment`;
 * Confluence wants `X-Atlassian-Token: nocheck`). A file name already on the page becomes its next
 * version, as Confluence does.
 */
export function uploadAttachment(call: Call, pageId: number): ProductAnswer {
  const { space } = readablePage(call, pageId);
  requireAccess(call, space, 'write', 'add attachments');
  const form = (call.body as Partial<FormBody> | undefined)?.form;
  const file = form?.find(
    (part): part is Extract<FormPart, { bytes: Buffer }> => part.name === 'file' && 'bytes' in part,
  );
  if (!file) throw badRequest('The upload needs a multipart part named file');
  if (!file.fileName) throw badRequest('The file part needs a file name');
  const comment = form?.find(
    (part): part is Extract<FormPart, { text: string }> => part.name === 'comment' && 'text' in part,
  );
  const store = attachmentsOf(call);
  const existing = store.ofPage(pageId).find((row) => row.title === file.fileName);
  const row: AttachmentRow = {
    id: existing?.id ?? call.store.nextId(),
    pageId,
    title: file.fileName,
    mediaType: file.mediaType || 'application/octet-stream',
    comment: comment?.text ?? '',
    bytes: file.bytes,
    version: (existing?.version ?? 0) + 1,
    authorId: call.principal.accountId,
    createdAt: call.now,
  };
  store.save(row);
  return { status: 200, body: { results: [v1Json(row)], size: 1 } };
}

/** GET /wiki/rest/api/content/{id}/child/attachment/{attachmentId}/download (v1): the file's bytes. */
export function downloadAttachment(call: Call, pageId: number, rawAttachmentId: string): ProductAnswer {
  readablePage(call, pageId);
  const id = idOf(rawAttachmentId.replace(/^att/, ''), 'the attachment id');
  const row = attachmentsOf(call)
    .ofPage(pageId)
    .find((candidate) => candidate.id === id);
  if (!row) throw notFound(`Attachment ${rawAttachmentId} was not found on page ${pageId}`);
  return { status: 200, body: new Uint8Array(row.bytes), headers: { 'content-type': row.mediaType } };
}

const v1Upload = /^\/wiki\/rest\/api\/content\/([^/]+)\/child\/attachment$/;
const v1Download = /^\/wiki\/rest\/api\/content\/([^/]+)\/child\/attachment\/([^/]+)\/download$/;

/** The v1 attachment endpoints, by method and path; undefined for any other path. */
export function attachmentRoute(method: string, pathname: string): ((call: Call) => ProductAnswer) | undefined {
  const upload = v1Upload.exec(pathname);
  if (upload && method.toUpperCase() === 'POST') {
    return (call) => uploadAttachment(call, idOf(upload[1], 'the page id in the path'));
  }
  const download = v1Download.exec(pathname);
  if (download && method.toUpperCase() === 'GET') {
    return (call) => downloadAttachment(call, idOf(download[1], 'the page id in the path'), download[2]!);
  }
  return undefined;
}
