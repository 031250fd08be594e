/**
 * The sandbox's time: real time plus an offset the tests (or `POST /sandbox/clock`) move forward,
 * so schedulers, queue delays and rate-limit windows can be driven without waiting.
 */
export class SandboxClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  /** A clock that carries on from `state()` of another (a restored sandbox image keeps its time). */
  constructor(state?: ClockState) {
    if (state) {
      this.offsetMs = state.offsetMs;
      this.frozenAt = state.frozenAt;
    }
  }

  state(): ClockState {
    return { offsetMs: this.offsetMs, frozenAt: this.frozenAt };
  }

  now(): Date {
    return new Date((this.frozenAt ?? Date.now()) + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward');
    this.offsetMs += ms;
    return this.now();
  }

  /** Stops real time passing (tests that need exact instants); `advance` still moves it. */
  freeze(at: Date = this.now()): void {
    this.offsetMs = 0;
    this.frozenAt = at.getTime();
  }
}

/** What a clock needs to carry on elsewhere: its offset from real time, or the instant it stopped at. */
export interface ClockState {
  offsetMs: number;
  frozenAt: number | null;
}
