/** Time is a parameter: production reads the system clock, tests and the sandbox set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
