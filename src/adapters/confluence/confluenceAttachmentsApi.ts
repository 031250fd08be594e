import { route } from '@forge/api';
import { z } from 'zod';
import type { AttachmentUpload, ConfluenceAttachment, ConfluenceAttachments } from '../../ports/confluenceAttachments';
import { productFailure } from '../jira/productResponse';
import type { ConfluenceRequest } from './confluencePagesApi';
import { multipartBody } from './multipart';

const AttachmentJson = z.object({
  id: z.string(),
  title: z.string(),
  mediaType: z.string().optional(),
  fileSize: z.number().optional(),
  version: z.object({ number: z.number() }).optional(),
});
const V1UploadJson = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      version: z.object({ number: z.number() }).optional(),
      extensions: z.object({ mediaType: z.string().optional(), fileSize: z.number().optional() }).optional(),
    }),
  ),
});

/** Confluence attachments: upload and download on REST v1 (v2 has neither), listing on v2. */
export class ConfluenceAttachmentsApi implements ConfluenceAttachments {
  constructor(private readonly request: ConfluenceRequest) {}

  async attach(upload: AttachmentUpload): Promise<ConfluenceAttachment> {
    const { body, contentType } = multipartBody([
      { name: 'file', fileName: upload.fileName, mediaType: upload.mediaType, bytes: upload.bytes },
      { name: 'comment', text: upload.comment },
      { name: 'minorEdit', text: 'true' },
    ]);
    // Confluence refuses a multipart POST without this header (its protection against cross-site forms).
    const response = await this.request(route`/wiki/rest/api/content/${upload.pageId}/child/attachment`, {
      method: 'POST',
      body,
      headers: { 'X-Atlassian-Token': 'nocheck', 'Content-Type': contentType, Accept: 'application/json' },
    });
    if (!response.ok) {
      throw await productFailure(response, `Attaching "${upload.fileName}" to Confluence page ${upload.pageId}`, {
        write: true,
      });
    }
    const [saved] = V1UploadJson.parse(await response.json()).results;
    if (!saved) throw new Error(`Confluence answered the upload of "${upload.fileName}" with no attachment`);
    return {
      id: saved.id,
      pageId: upload.pageId,
      fileName: saved.title,
      mediaType: saved.extensions?.mediaType ?? upload.mediaType,
      size: saved.extensions?.fileSize ?? upload.bytes.length,
      version: saved.version?.number ?? 1,
    };
  }

  async listOn(pageId: string): Promise<ConfluenceAttachment[] | null> {
    const response = await this.request(route`/wiki/api/v2/pages/${pageId}/attachments?limit=${'250'}`);
    if (response.status === 404) return null;
    if (!response.ok) throw await productFailure(response, `Listing the files on Confluence page ${pageId}`);
    const { results } = z.object({ results: z.array(AttachmentJson) }).parse(await response.json());
    return results.map((attachment) => ({
      id: attachment.id,
      pageId,
      fileName: attachment.title,
      mediaType: attachment.mediaType ?? 'application/octet-stream',
      size: attachment.fileSize ?? 0,
      version: attachment.version?.number ?? 1,
    }));
  }

  async download(pageId: string, attachmentId: string): Promise<Uint8Array | null> {
    const response = await this.request(
      route`/wiki/rest/api/content/${pageId}/child/attachment/${attachmentId}/download`,
    );
    if (response.status === 404) return null;
    if (!response.ok)
      throw await productFailure(response, `Downloading file ${attachmentId} from Confluence page ${pageId}`);
    if (!response.arrayBuffer) throw new Error('This product response cannot give bytes');
    return new Uint8Array(await response.arrayBuffer());
  }
}
