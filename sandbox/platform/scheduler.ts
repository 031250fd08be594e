import type { AppManifest } from './appManifest';

const intervalMs: Record<string, number> = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/**
 * Fires the manifest's scheduled triggers on the sandbox clock: each one first an interval after
 * the sandbox starts, then every interval. Advancing the clock by a day and ticking runs the
 * hourly ones the number of times Forge would have (capped so a jump of a year stays quick).
 */
export class Scheduler {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: () => Date,
    private readonly run: (functionKey: string, moduleKey: string) => Promise<unknown>,
    private readonly maxCatchUp = 24,
  ) {
    const now = clock().getTime();
    for (const trigger of manifest.list('scheduledTrigger')) {
      this.next.set(trigger.key, now + (intervalMs[String(trigger.interval)] ?? intervalMs.hour!));
    }
  }

  /** Runs every trigger that is due; returns the module keys run, in order. */
  async tick(): Promise<string[]> {
    const ran: string[] = [];
    const now = this.clock().getTime();
    for (const trigger of this.manifest.list('scheduledTrigger')) {
      const every = intervalMs[String(trigger.interval)] ?? intervalMs.hour!;
      let due = this.next.get(trigger.key) ?? now + every;
      let runs = 0;
      while (due <= now && runs < this.maxCatchUp) {
        const answer = (await this.run(String(trigger.function), trigger.key)) as { statusCode?: number } | undefined;
        if (answer?.statusCode !== 204)
          console.warn(
            `sandbox: scheduled trigger ${trigger.key} answered ${JSON.stringify(answer)} (Forge logs non-204 as 424)`,
          );
        ran.push(trigger.key);
        due += every;
        runs += 1;
      }
      if (due <= now) due = now + every;
      this.next.set(trigger.key, due);
    }
    return ran;
  }
}
