import { canonicalJson } from '../../../src/domain/trail/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[3,{"x":null,"z":1}]},"b":1}',
    );
  });
  it('gives the same text for the same content built in a different order', () => {
    const one = { actor: 'a', roles: ['x', 'y'], at: '2026-01-01' };
    const two = { at: '2026-01-01', roles: ['x', 'y'], actor: 'a' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });
  it('keeps array order (order is content)', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
  it('refuses numbers JSON cannot represent', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
  it('[P11.10g] [A11.12] writes a value nested 100,000 deep without running out of stack', () => {
    const depth = 100_000;
    let deep: unknown = [1, { b: 2, a: undefined }];
    for (let i = 0; i < depth; i += 1) deep = i % 2 === 0 ? { z: deep, y: [] } : [deep, 'x'];
    const text = canonicalJson(deep);
    expect(text.startsWith('[{"y":[],"z":[{"y":[],"z":[')).toBe(true);
    expect(text).toContain('[1,{"b":2}]');
    expect(JSON.parse(text)).toBeDefined();
  });
  it('gives the text JSON.stringify gives with sorted keys, for the shapes records have', () => {
    const record = { when: new Date('2026-01-02T03:04:05Z'), list: [null, undefined, 'é', -0, 1.5, true, []], o: {} };
    expect(canonicalJson(record)).toBe(
      '{"list":[null,null,"é",0,1.5,true,[]],"o":{},"when":"2026-01-02T03:04:05.000Z"}',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
  });
  it('refuses a value that contains itself, in words', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { again: loop };
    expect(() => canonicalJson(loop)).toThrow(/contains itself/);
  });
});
