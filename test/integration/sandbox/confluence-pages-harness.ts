// The Confluence pages tests' shared setup: a fresh emulator with the ISMS space for every test, and the page helpers they share.
import { confluenceHarness, rahul, sofia, type Harness } from '../../../sandbox/confluence/testHarness';

// Pages: create, read, update with versions, trash, restore, purge; permissions; persistence.
// Every exchange is checked against Atlassian's Confluence OpenAPI document (h.violations).

export const storage = (value: string) => ({ representation: 'storage', value });
export const adfBody = (doc: object) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc) });
export const doc = (...content: object[]) => ({ type: 'doc', version: 1, content });

export let h: Harness;
export let spaceId: string;
export let homepageId: string;

export function expectNoViolations(): void {
  expect(h.violations).toEqual([]);
}

export async function create(title: string, extra: Record<string, unknown> = {}, as = 'app') {
  const answer = await h.call(
    'POST',
    '/pages',
    { spaceId, status: 'current', title, body: storage('<p>v1</p>'), ...extra },
    as,
  );
  expect(answer.status).toBe(200);
  return answer.body as any;
}

export async function update(id: string, number: number, title: string, value: string, message?: string) {
  return h.call('PUT', `/pages/${id}`, {
    id,
    status: 'current',
    title,
    body: storage(value),
    version: { number, ...(message ? { message } : {}) },
  });
}

// Each confluence-pages-*.test.ts calls this once: every test starts on a fresh emulator with the ISMS space.
export function usePagesHarness(): void {
  beforeEach(() => {
    h = confluenceHarness();
    ({ id: spaceId, homepageId } = h.emulator.createSpace({
      key: 'ISMS',
      name: 'ISMS',
      permissions: { [rahul]: ['read', 'write'], [sofia]: ['read'] },
    }));
  });
  afterEach(() => {
    h.close();
  });
}
