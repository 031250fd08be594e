/**
 * Test suites and benches start fresh installs by the hundred, and a fresh install sets its storage
 * up within Forge SQL's 25 schema changes (DDL) a minute: about two minutes each, as on a real site.
 * They lift that one limit (every other limit stays on) unless `SANDBOX_SQL_LIMITS` says otherwise;
 * `npm start` keeps it and waits. A test runs a fresh install under the real rate
 * (test/integration/platform/migrationPacing.test.ts).
 */
export function liftSchemaChangeRate(): void {
  if (!process.env.SANDBOX_SQL_LIMITS) process.env.SANDBOX_SQL_LIMITS = JSON.stringify({ ddlPerMinute: 1_000_000 });
}
