/** A file attached to a Confluence page, as the app reads it. */
export interface ConfluenceAttachment {
  /** Confluence's attachment id (`att…`). */
  id: string;
  pageId: string;
  /** The file name, which Confluence uses as the attachment's title. */
  fileName: string;
  mediaType: string;
  /** Bytes, as Confluence reports them. */
  size: number;
  version: number;
}

/** A file to attach: its name, media type and content. */
export interface AttachmentUpload {
  pageId: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** Confluence's attachment comment: says where the file came from. */
  comment: string;
}

/**
 * Files on Confluence pages, as the app (after the entry layer checked the caller). Uploads and
 * downloads are Confluence's REST v1 attachment endpoints (v2 has none); a missing page or file is
 * null rather than an error, so a re-check can say "missing".
 */
export interface ConfluenceAttachments {
  /** Attaches the file; a name already on the page becomes that attachment's next version. */
  attach(upload: AttachmentUpload): Promise<ConfluenceAttachment>;
  /** The page's attachments (null when the page is gone). */
  listOn(pageId: string): Promise<ConfluenceAttachment[] | null>;
  /** The attachment's current content, or null when it (or its page) is gone. */
  download(pageId: string, attachmentId: string): Promise<Uint8Array | null>;
}
