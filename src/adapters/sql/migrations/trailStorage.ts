import type { Migration } from './migration';

/** The audit trail's storage after compaction (issue 17): nothing an entry can take from another. */
export const trailStorageMigrations: readonly Migration[] = [
  {
    // New entries store no copy of the previous hash (the entry before holds it): an empty value
    // costs a byte as VARCHAR, where a CHAR(64) keeps its 64 (InnoDB pads it to its length).
    name: 'v055_audit_trail_prev_hash_not_repeated',
    sql: "ALTER TABLE audit_trail MODIFY prev_hash VARCHAR(64) NOT NULL DEFAULT ''",
    whereSupported: true,
  },
];
