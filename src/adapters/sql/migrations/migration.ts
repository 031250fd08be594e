/** One forward-only migration: its versioned name and one statement. */
export interface Migration {
  name: string;
  sql: string;
}
