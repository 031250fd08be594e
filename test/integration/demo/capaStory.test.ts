import { seedDemo } from '../../../sandbox/demo/seed';
import { seedCapaStory } from '../../../sandbox/demo/seedCapaStory';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

/**
 * The local site's CAPA story answers the inspector's questions on the demo data: nonconformities
 * from an internal audit, a certification audit, an FDA inspection and an incident; an extension
 * granted with a signature; an observation closed by a signed exemption; and no NC closed without
 * CAPA.
 */
const manager = demoUsers.find((u) => u.displayName === 'Aoife Brennan')!.accountId;
let platform: SandboxPlatform;

type Answer = { ok: boolean; value?: any; error?: unknown };
const value = async (name: string, payload: unknown) => {
  const answer = (await platform.invoke(name, payload, manager)) as Answer;
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
};

beforeAll(async () => {
  platform = new SandboxPlatform({ clock: new SandboxClock() });
  await seedDemo(platform);
  await seedCapaStory(platform);
  await platform.tick();
}, 400_000);
afterAll(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('the demo CAPA story', () => {
  it('[ISO10.2f] holds nonconformities from four sources, a granted extension, an exemption, and none closed without CAPA', async () => {
    const { rows } = await value('getCapaEffectivenessReport', {});
    expect(new Set(rows.map((row: any) => row.source))).toEqual(
      new Set(['internalAudit', 'certificationAudit', 'regulatoryInspection', 'incident', 'monitoring']),
    );
    const granted = (await value('getCapaEffectivenessReport', { query: 'extensionsGranted' })).rows;
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({
      source: 'regulatoryInspection',
      extensions: [{ approverName: 'Aoife Brennan' }],
    });
    expect((await value('getCapaEffectivenessReport', { query: 'closedWithoutCapa' })).rows).toEqual([]);
    const exempted = rows.filter((row: any) => row.exemption !== null);
    expect(exempted).toHaveLength(1);
    expect(exempted[0]).toMatchObject({
      grade: 'observation',
      source: 'monitoring',
      exemption: { byName: 'Aoife Brennan', signed: true },
      closure: { closed: true, how: 'exemption' },
    });
    const waiting = rows.find((row: any) => row.source === 'certificationAudit' && row.correctiveActionId);
    expect(waiting).toMatchObject({ actionState: 'verification', checkOverdue: null });
    const { nonconformities } = await value('listNonconformities', {});
    expect(nonconformities).toHaveLength(4);
  });
});
