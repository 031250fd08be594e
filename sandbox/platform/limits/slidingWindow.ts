/**
 * Amounts recorded at moments on a monotonic clock, summed over the last `spanMs`: how Forge SQL's
 * per-install rates are counted (statements in any second, DDL in any minute, query time in any
 * minute). It also keeps the largest sum any window held, which is what headroom is measured on.
 */
export class SlidingWindow {
  private entries: { at: number; amount: number }[] = [];
  /** Entries before `head` have left the window (compacted now and then, so expiry stays O(1)). */
  private head = 0;
  private sum = 0;
  private highest = 0;

  constructor(readonly spanMs: number) {}

  /** The sum over the window ending at `now`. */
  total(now: number): number {
    this.expire(now);
    return this.sum;
  }

  /** How long from `now` until the oldest entry leaves the window (0 when empty). */
  msUntilOldestLeaves(now: number): number {
    this.expire(now);
    const oldest = this.entries[this.head];
    return oldest ? Math.max(1, Math.ceil(oldest.at + this.spanMs - now)) : 0;
  }

  record(now: number, amount = 1): void {
    this.expire(now);
    this.entries.push({ at: now, amount });
    this.sum += amount;
    if (this.sum > this.highest) this.highest = this.sum;
  }

  /** The largest sum any window has held since the last reset. */
  peak(): number {
    return this.highest;
  }

  /** Peaks from now on: the window's recent entries stay (they still count against the rate). */
  restartPeak(): void {
    this.highest = 0;
  }

  reset(): void {
    this.entries = [];
    this.head = 0;
    this.sum = 0;
    this.highest = 0;
  }

  private expire(now: number): void {
    for (let oldest = this.entries[this.head]; oldest && oldest.at <= now - this.spanMs;) {
      this.sum -= oldest.amount;
      this.head += 1;
      oldest = this.entries[this.head];
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
