import { Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { FieldBlock } from '../../../shared/components/FieldBlock';

/** The app's limit (src/domain/audits/evidenceFile.ts); the app refuses bigger files in any case. */
const MAX_BYTES = 2 * 1024 * 1024;

export interface ChosenFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** The file's content as base64: what travels to the app, which attaches it to the audit's page. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Picks one file of evidence (a screenshot, an exported log, a photo), up to 2 MB. */
export function EvidenceFileInput({
  error,
  onChosen,
}: {
  error: string | undefined;
  onChosen: (file: ChosenFile | null) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <FieldBlock
      htmlFor="evidence-file"
      label="File"
      helper="Up to 2 MB. It is attached to the audit's page in the ISMS space and fingerprinted (SHA-256)."
      error={problem ?? error}
      isRequired
    >
      <input
        id="evidence-file"
        data-testid="evidence-file"
        type="file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setProblem(null);
          if (!file) return onChosen(null);
          if (file.size > MAX_BYTES) {
            setProblem(`The file is ${(file.size / (1024 * 1024)).toFixed(1)} MB: evidence files may be at most 2 MB`);
            return onChosen(null);
          }
          void readAsBase64(file).then(
            (contentBase64) =>
              onChosen({ fileName: file.name, mediaType: file.type || 'application/octet-stream', contentBase64 }),
            () => setProblem('The file could not be read'),
          );
        }}
      />
      <Text size="small" color="color.text.subtle">
        Files are checked against their fingerprint each time the evidence is listed and before the report is approved.
      </Text>
    </FieldBlock>
  );
}
