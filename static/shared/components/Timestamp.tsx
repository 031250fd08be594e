import { formatTimestamp } from '../formatTimestamp';

/** A stored ISO timestamp, shown in the reader's locale with the exact value on hover. */
export function Timestamp({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {formatTimestamp(iso)}
    </time>
  );
}
