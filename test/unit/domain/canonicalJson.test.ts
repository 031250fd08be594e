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
});
