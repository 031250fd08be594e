import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { ExportFormat, ExportState, VerifyState } from '../actionState';

/** The files the filtered trail can be exported as. */
const exportFormats: Array<{ format: ExportFormat; label: string }> = [
  { format: 'csv', label: 'Export CSV' },
  { format: 'json', label: 'Export JSON' },
];

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
      {exportFormats.map(({ format, label }) => (
        <Button
          key={format}
          onClick={() => onExport(format)}
          isLoading={busy && exporting.format === format}
          isDisabled={busy}
          testId={`trail-export-${format}`}
        >
          {label}
        </Button>
      ))}
    </Inline>
  );
}
