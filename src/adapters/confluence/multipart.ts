import { randomUUID } from 'node:crypto';

export type MultipartPart =
  { name: string; text: string } | { name: string; fileName: string; mediaType: string; bytes: Uint8Array };

/** Quotes a header parameter's value: Confluence reads the file name from it. */
const quoted = (value: string) =>
  `"${value.replace(/[\r\n"\\]/g, (c) => (c === '"' ? '%22' : c === '\\' ? '\\\\' : ' '))}"`;

/**
 * A multipart/form-data body (RFC 7578) as bytes, built here because Forge's product requests take
 * a string, bytes or URL parameters as their body, not a FormData.
 */
export function multipartBody(parts: MultipartPart[]): { body: ArrayBuffer; contentType: string } {
  const boundary = `----evidence-${randomUUID()}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const disposition =
      'bytes' in part
        ? `form-data; name=${quoted(part.name)}; filename=${quoted(part.fileName)}\r\nContent-Type: ${part.mediaType}`
        : `form-data; name=${quoted(part.name)}\r\nContent-Type: text/plain; charset=utf-8`;
    chunks.push(encoder.encode(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push('bytes' in part ? part.bytes : encoder.encode(part.text));
    chunks.push(encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return { body: body.buffer, contentType: `multipart/form-data; boundary=${boundary}` };
}
