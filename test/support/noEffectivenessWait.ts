type Value = (name: string, payload: unknown, who: string) => Promise<any>;

/**
 * Saves the Jira settings again with no waiting period before the effectiveness check, for tests
 * about something else (the lifecycle, the gate, concurrency) that verify straight after
 * implementation; the waiting period has its own tests. The app reads the real clock, so waiting
 * 60 days in a test would mean faking time for the whole platform.
 */
export async function withoutEffectivenessWait(value: Value, managerId: string): Promise<void> {
  const current = await value('getJiraSettings', {}, managerId);
  const dueDates = Object.fromEntries(
    Object.entries(current.settings.dueDates).map(([grade, policy]) => [
      grade,
      { ...(policy as object), effectivenessWaitDays: 0 },
    ]),
  );
  await value(
    'saveJiraSettings',
    {
      settings: { ...current.settings, dueDates },
      expectedVersion: current.version,
      reason: 'Effectiveness checked as soon as implemented, for this test',
    },
    managerId,
  );
}
