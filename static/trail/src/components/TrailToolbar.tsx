import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { ExportFormat, ExportState, VerifyState } from '../actionState';

interface TrailToolbarProps {
  verify: VerifyState;
  exporting: ExportState;
  onVerify: () => void;
  onExport: (format: ExportFormat) => void;
}

/** Verify the whole chain; export the filtered trail as a file. Nothing here changes a record. */
export function TrailToolbar({ verify, exporting, onVerify, onExport }: TrailToolbarProps) {
  const busy = exporting.status === 'running';
  return (
    <Inline space="space.100" shouldWrap>
      <Button onClick={onVerify} isLoading={verify.status === 'running'} testId="trail-verify">
        Verify integrity
      </Button>
      <Button
        onClick={() => onExport('csv')}
        isLoading={busy && exporting.format === 'csv'}
        isDisabled={busy}
        testId="trail-export-csv"
      >
        Export CSV
      </Button>
      <Button
        onClick={() => onExport('json')}
        isLoading={busy && exporting.format === 'json'}
        isDisabled={busy}
        testId="trail-export-json"
      >
        Export JSON
      </Button>
    </Inline>
  );
}
