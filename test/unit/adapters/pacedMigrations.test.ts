import { Failure } from '../../../src/domain/failure';
import {
  applyMigrations,
  isAlreadyApplied,
  isSqlSyntaxError,
  storageSettingUp,
  type MigrationTarget,
} from '../../../src/adapters/sql/pacedMigrations';

const list = Array.from({ length: 6 }, (_, i) => ({
  name: `v00${i + 1}_table_${i + 1}`,
  sql: `CREATE TABLE t${i + 1} (id INT)`,
}));

/** Forge SQL's DDL allowance, as a platform answers it: the (allowance+1)th DDL is refused. */
const rateLimited = () =>
  Object.assign(new Error('Rate limit exceeded: 25 DDL operations per minute'), { code: 'RATE_LIMIT_EXCEEDED' });

function fakeTarget(ddlAllowance: number) {
  const state = {
    recordTable: false,
    applied: [] as string[],
    tables: new Set<string>(),
    ddl: 0,
    allowance: ddlAllowance,
    refuseRecordOnce: false,
  };
  const spend = () => {
    if (state.allowance <= 0) throw rateLimited();
    state.allowance -= 1;
    state.ddl += 1;
  };
  const target: MigrationTarget = {
    async appliedNames() {
      if (!state.recordTable) throw new Error('no such table: __migrations');
      return new Set(state.applied);
    },
    async createRecordTable() {
      spend();
      state.recordTable = true;
    },
    async ddl(statement) {
      if (/^CREATE TABEL/.test(statement)) throw new Error('near "TABEL": syntax error');
      spend();
      const table = /CREATE TABLE (\w+)/.exec(statement)![1]!;
      if (state.tables.has(table)) throw new Error(`table ${table} already exists`);
      state.tables.add(table);
    },
    async record(name) {
      if (state.refuseRecordOnce) {
        state.refuseRecordOnce = false;
        throw new Error('Service unavailable');
      }
      state.applied.push(name);
    },
  };
  return { target, state };
}

describe('migrations paced by the platform', () => {
  it('applies what the DDL allowance lets it, records it, and carries on from the record next time', async () => {
    const { target, state } = fakeTarget(3);
    const first = await applyMigrations(target, list);
    // One DDL for the record table, two migrations: then the platform refuses.
    expect(first.ran).toEqual(['v001_table_1', 'v002_table_2']);
    expect(first.pending).toEqual(list.slice(2).map((m) => m.name));
    expect((first.refusal as Error).message).toMatch(/Rate limit/);

    state.allowance = 25; // a minute later
    const second = await applyMigrations(target, list);
    expect(second.ran).toEqual(list.slice(2).map((m) => m.name));
    expect(second.pending).toEqual([]);
    expect(state.applied).toEqual(list.map((m) => m.name));
    expect([...state.tables]).toHaveLength(6);
  });

  it('spends no DDL at all on an installation that is up to date', async () => {
    const { target, state } = fakeTarget(25);
    await applyMigrations(target, list);
    const before = state.ddl;
    expect(await applyMigrations(target, list)).toEqual({ ran: [], pending: [], refusal: null });
    expect(state.ddl).toBe(before);
  });

  it('recognises a migration applied by a run cut off before recording it, and records it', async () => {
    const { target, state } = fakeTarget(25);
    state.refuseRecordOnce = true;
    const cut = await applyMigrations(target, list);
    expect(cut.ran).toEqual([]);
    expect(state.tables.has('t1')).toBe(true);
    expect(state.applied).toEqual([]);

    const resumed = await applyMigrations(target, list);
    expect(resumed.pending).toEqual([]);
    expect(state.applied).toEqual(list.map((m) => m.name));
  });

  it('waits when even the record table is refused, having changed nothing', async () => {
    const { target, state } = fakeTarget(0);
    const outcome = await applyMigrations(target, list);
    expect(outcome).toMatchObject({ ran: [], pending: list.map((m) => m.name) });
    expect(state.recordTable).toBe(false);
  });

  it('throws a syntax error instead of waiting for it forever', async () => {
    const { target } = fakeTarget(25);
    const broken = [...list.slice(0, 2), { name: 'v003_broken', sql: 'CREATE TABEL t3 (id INT)' }];
    await expect(applyMigrations(target, broken)).rejects.toThrow(/syntax error/);
  });

  it('records a refinement the engine cannot parse as applied, with nothing to do', async () => {
    const { target, state } = fakeTarget(25);
    const refined = [
      ...list.slice(0, 2),
      { name: 'v003_refined', sql: 'CREATE TABEL t3 (id INT)', whereSupported: true as const },
    ];
    const outcome = await applyMigrations(target, refined);
    expect(outcome).toMatchObject({ pending: [], refusal: null });
    expect(state.applied).toContain('v003_refined');
  });

  it('tells the user in plain words to try again in a minute', () => {
    const failure = storageSettingUp({ ran: [], pending: ['a', 'b'], refusal: null }, 52);
    expect(failure).toBeInstanceOf(Failure);
    expect(failure.code).toBe('unavailable');
    expect(failure.message).toBe(
      'The audit app is still setting up its storage (50 of 52 steps done). Nothing was changed; try again in a minute.',
    );
  });

  it('tells syntax errors and "already there" from refusals on each engine', () => {
    expect(isSqlSyntaxError({ code: 'INVALID_SQL_QUERY', message: 'not ANSI' })).toBe(true);
    expect(isSqlSyntaxError({ errno: 1064, message: 'You have an error in your SQL syntax' })).toBe(true);
    expect(isSqlSyntaxError(rateLimited())).toBe(false);
    expect(isAlreadyApplied(new Error("Table 'findings' already exists"))).toBe(true);
    expect(isAlreadyApplied(new Error("Duplicate key name 'ix_findings_audit'"))).toBe(true);
    expect(isAlreadyApplied(new Error('index ix_findings_audit already exists'))).toBe(true);
    expect(isAlreadyApplied(new Error("Duplicate entry 'x' for key 'PRIMARY'"))).toBe(false);
    expect(isAlreadyApplied(rateLimited())).toBe(false);
  });
});
