/**
 * Fakes only the clock the app reads (`Date`, as on Forge), starting at `now`; timers, ticks and
 * microtasks keep running, so the platform's queues and the database driver work as usual. Move
 * time on with `jest.setSystemTime`, and end with `jest.useRealTimers()`.
 */
export function fakeDateOnly(now: Date | number = Date.now()): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
