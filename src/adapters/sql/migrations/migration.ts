/** One forward-only migration: its versioned name and one statement. */
export interface Migration {
  name: string;
  sql: string;
  /**
   * A storage refinement an engine may not be able to express: where the engine cannot parse the
   * statement (SQLite cannot change a column's type, and its columns already store only what they
   * hold), it is recorded as applied with nothing to do. Any other migration's syntax error is a bug.
   */
  whereSupported?: true;
}
