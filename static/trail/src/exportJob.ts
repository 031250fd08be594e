import type { ExportProgress, ResolverError, Result } from '../../../src/contract';
import { callResolver } from '../../shared/invokeClient';

/** How often the page asks how far a background export has got. */
const POLL_MS = 2000;

export type FinishedExport =
  | { ok: true; fileName: string; mimeType: string; content: string; progress: ExportProgress }
  | { ok: false; error: ResolverError };

/**
 * Follows a background export the backend started (the trail or the programme record) until it is
 * written, then asks for its stored parts, a few at a time, and joins them into the file's text:
 * no single call reads or answers more than a couple of megabytes, however large the export.
 */
export async function finishExport(
  started: ExportProgress,
  onProgress: (progress: ExportProgress) => void,
): Promise<FinishedExport> {
  let progress = started;
  onProgress(progress);
  while (progress.phase !== 'done') {
    await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
    const result = await callResolver('exportProgress', { jobId: progress.jobId });
    if (!result.ok) return { ok: false, error: result.error };
    progress = result.value;
    onProgress(progress);
  }
  const parts: string[] = [];
  for (let fromPart: number | null = 0; fromPart !== null;) {
    const result: Result<{ content: string; nextPart: number | null }> = await callResolver('downloadExportPart', {
      jobId: progress.jobId,
      fromPart,
    });
    if (!result.ok) return { ok: false, error: result.error };
    parts.push(result.value.content);
    fromPart = result.value.nextPart;
  }
  return { ok: true, fileName: progress.fileName, mimeType: progress.mimeType, content: parts.join(''), progress };
}
