import { isTransientConflict, isUniqueViolation } from '../../../src/adapters/sql/engineErrors';

describe('engine error classification', () => {
  it.each([
    [{ code: 'SQLITE_CONSTRAINT_PRIMARYKEY', message: 'UNIQUE constraint failed: audit_trail.seq' }],
    [{ code: 'ER_DUP_ENTRY', errno: 1062, message: "Duplicate entry '7' for key 'PRIMARY'" }],
    [
      {
        name: 'ForgeSQLAPIError',
        code: 'SQL_EXECUTION_ERROR',
        message: "Duplicate entry '7' for key 'audit_trail.PRIMARY'",
      },
    ],
  ])('recognises a unique-key violation: %j', (error) => {
    expect(isUniqueViolation(error)).toBe(true);
    expect(isTransientConflict(error)).toBe(false);
  });

  it.each([
    [
      {
        code: 'ER_LOCK_DEADLOCK',
        errno: 1213,
        message: 'Deadlock found when trying to get lock; try restarting transaction',
      },
    ],
    [{ code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205, message: 'Lock wait timeout exceeded' }],
    [{ code: 'SQL_EXECUTION_ERROR', message: 'Write conflict, txnStartTS=1, conflictStartTS=2 [try again later]' }],
    [{ code: 'SQLITE_BUSY', message: 'database is locked' }],
  ])('recognises a retryable engine race: %j', (error) => {
    expect(isTransientConflict(error)).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it('treats anything else as neither', () => {
    for (const error of [
      null,
      'boom',
      new Error('syntax error near FROM'),
      { errno: 1146, message: "Table 'x' doesn't exist" },
    ]) {
      expect([isUniqueViolation(error), isTransientConflict(error)]).toEqual([false, false]);
    }
  });
});
