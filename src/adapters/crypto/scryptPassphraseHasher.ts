import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PassphraseHasher } from '../../ports/secrets';

/**
 * scrypt from node:crypto: salted and memory-hard, so a stolen hash is expensive to attack. The
 * cost (N = 2^16, r = 8: 64 MiB, ~100 ms here) is written into each hash, so it can be raised
 * later without breaking hashes already stored. Format: `scrypt$N$r$p$salt$key` (base64).
 */
const DEFAULTS = { N: 2 ** 16, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(passphrase: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const params: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFKC'), salt, KEY_LENGTH, params, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export class ScryptPassphraseHasher implements PassphraseHasher {
  constructor(private readonly cost = DEFAULTS) {}

  async hash(passphrase: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(passphrase, salt, this.cost);
    const { N, r, p } = this.cost;
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(passphrase: string, stored: string): Promise<boolean> {
    const [scheme, N, r, p, salt, key] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64');
    const actual = await derive(passphrase, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
