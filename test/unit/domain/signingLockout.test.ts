import { lockStateOf, type AttemptEvent } from '../../../src/domain/signing/lockout';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute)).toISOString();
let seq = 0;
const event = (outcome: AttemptEvent['outcome'], minute = 0): AttemptEvent => ({
  seq: (seq += 1),
  at: at(minute),
  outcome,
});
const given = (n: number, minute = 0) => Array.from({ length: n }, () => event('passphraseGiven', minute));
const now = (minute: number) => new Date(at(minute));

describe('the signing lockout, derived from attempt records', () => {
  it('[P11.300d] counts every passphrase given, whatever its outcome, and the fifth locks for 15 minutes', () => {
    expect(lockStateOf([], now(0))).toEqual({ lockedUntil: null, failures: 0, attemptsLeft: 5 });
    expect(lockStateOf(given(4), now(0))).toMatchObject({ lockedUntil: null, attemptsLeft: 1 });
    // A crash between counting and checking still costs the attempt: there is no outcome to wait for.
    expect(lockStateOf(given(5), now(0))).toMatchObject({ lockedUntil: at(15), attemptsLeft: 0 });
  });

  it('[P11.300d] attempts while locked neither count nor extend the lock; it ends on time and the count restarts', () => {
    const history = [...given(5, 0), ...given(10, 14), event('locked', 14)];
    expect(lockStateOf(history, now(14))).toMatchObject({ lockedUntil: at(15) });
    expect(lockStateOf(history, now(15))).toEqual({ lockedUntil: null, failures: 0, attemptsLeft: 5 });
    expect(lockStateOf([...history, ...given(1, 16)], now(16))).toMatchObject({ attemptsLeft: 4 });
  });

  it('[P11.300d] a success clears the count; outcomes other than success never count twice', () => {
    const typo = [...given(3), event('wrongPassphrase'), event('wrongPassphrase'), event('wrongPassphrase')];
    expect(lockStateOf(typo, now(1))).toMatchObject({ failures: 3, attemptsLeft: 2 });
    expect(lockStateOf([...typo, ...given(1), event('signed')], now(1))).toMatchObject({
      failures: 0,
      attemptsLeft: 5,
    });
    expect(lockStateOf([...given(2), event('passphraseChanged')], now(1))).toMatchObject({ attemptsLeft: 5 });
    expect(lockStateOf([event('noPassphrase'), event('locked')], now(1))).toMatchObject({ attemptsLeft: 5 });
  });

  it('[P11.300d] decides by trail order, not by the order the records were read in', () => {
    const history = [...given(5), event('signed')];
    expect(lockStateOf([...history].reverse(), now(0))).toMatchObject({ lockedUntil: null, attemptsLeft: 5 });
  });
});
