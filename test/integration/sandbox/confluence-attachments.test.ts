import { createHash } from 'node:crypto';
import { confluenceForTest } from '../../support/confluence';
import { harnessUsers, sofia } from '../../../sandbox/confluence/testHarness';

/** The app's attachments adapter against the emulated Confluence: upload, list, download. */
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Bytes no text encoding keeps intact: a download must give them back exactly.
const file = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);

let world: ReturnType<typeof confluenceForTest>;
let pageId: string;

beforeEach(async () => {
  world = confluenceForTest(harnessUsers);
  const space = await world.harness.call('GET', '/spaces?keys=ISMS');
  const spaceId = (space.body as { results: Array<{ id: string }> }).results[0]!.id;
  const page = await world.harness.call('POST', '/pages', {
    spaceId,
    status: 'current',
    title: 'Audit plan: IT operations',
    body: { representation: 'storage', value: '<p>Plan</p>' },
  });
  pageId = (page.body as { id: string }).id;
});
afterEach(() => world.harness.close());

/** The v1 upload and download are not in the v2 document the exchanges are checked against. */
const v2Violations = () => world.harness.violations.filter((v) => !v.operation.includes('/wiki/rest/api/'));

describe('Confluence attachments', () => {
  it('uploads a file to a page, lists it and downloads the very same bytes', async () => {
    const files = world.access.filesAsApp();
    const attached = await files.attach({
      pageId,
      fileName: 'backup-log.bin',
      mediaType: 'application/octet-stream',
      bytes: file,
      comment: 'Evidence for the IT operations audit',
    });
    expect(attached).toMatchObject({ pageId, fileName: 'backup-log.bin', size: 600, version: 1 });
    expect(attached.id).toMatch(/^att\d+$/);
    expect(await files.listOn(pageId)).toEqual([attached]);
    const downloaded = await files.download(pageId, attached.id);
    expect(sha256(downloaded!)).toBe(sha256(file));
    expect(v2Violations()).toEqual([]);
  });

  it('a second upload under the same name is the next version; a missing file or page is null', async () => {
    const files = world.access.filesAsApp();
    const first = await files.attach({ pageId, fileName: 'a.txt', mediaType: 'text/plain', bytes: file, comment: '' });
    const second = await files.attach({
      pageId,
      fileName: 'a.txt',
      mediaType: 'text/plain',
      bytes: Uint8Array.from([1, 2, 3]),
      comment: '',
    });
    expect(second).toMatchObject({ id: first.id, version: 2, size: 3 });
    expect(await files.download(pageId, 'att999999')).toBeNull();
    expect(await files.listOn('999999')).toBeNull();
    expect(await files.download('999999', first.id)).toBeNull();
  });

  it('a user who may only read the space cannot attach', async () => {
    world.harness.emulator.createSpace({ key: 'RO', name: 'Read only', permissions: { [sofia]: ['read'] } });
    const space = await world.harness.call('GET', '/spaces?keys=RO');
    const spaceId = (space.body as { results: Array<{ id: string }> }).results[0]!.id;
    const page = await world.harness.call('POST', '/pages', {
      spaceId,
      status: 'current',
      title: 'Read only page',
      body: { representation: 'storage', value: '<p>x</p>' },
    });
    const { multipartBody } = await import('../../../src/adapters/confluence/multipart');
    const { body } = multipartBody([{ name: 'file', fileName: 'x.txt', mediaType: 'text/plain', bytes: file }]);
    const answer = await world.harness.call(
      'POST',
      `/wiki/rest/api/content/${(page.body as { id: string }).id}/child/attachment`,
      body,
      sofia,
    );
    expect(answer.status).toBe(404);
  });
});
