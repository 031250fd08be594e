import { useState } from 'react';
import { downloadText } from '../../shared/download';
import { callResolver } from '../../shared/invokeClient';
import type { ExportFormat, ExportState } from './actionState';
import { finishExport } from './exportJob';
import type { TrailFilter } from './trailFilter';

/**
 * The trail's export under a filter: a background job writes it in parts; the page follows its
 * progress, then joins the parts into one file and hands it to the browser.
 */
export function useTrailExport(filter: TrailFilter) {
  const [exporting, setExporting] = useState<ExportState>({ status: 'idle' });
  const runExport = async (format: ExportFormat) => {
    setExporting({ status: 'running', format, entries: 0 });
    const started = await callResolver('startTrailExport', { ...filter, format });
    const finished = started.ok
      ? await finishExport(started.value, (progress) =>
          setExporting({ status: 'running', format, entries: progress.entries }),
        )
      : started;
    if (!finished.ok) {
      setExporting({ status: 'failed', error: finished.error });
      return;
    }
    downloadText(finished.fileName, finished.mimeType, finished.content);
    setExporting({ status: 'done', fileName: finished.fileName, entries: finished.progress.entries });
  };
  return { exporting, runExport };
}
