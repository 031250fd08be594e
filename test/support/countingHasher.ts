import { ScryptPassphraseHasher } from '../../src/adapters/crypto/scryptPassphraseHasher';
import type { PassphraseHasher } from '../../src/ports/secrets';

/** The real hasher (at the tests' cheaper cost), counting how many passphrases were actually checked. */
export class CountingHasher implements PassphraseHasher {
  checked = 0;
  private readonly inner = new ScryptPassphraseHasher({ N: 2 ** 12, r: 8, p: 1 });
  hash(passphrase: string) {
    return this.inner.hash(passphrase);
  }
  verify(passphrase: string, stored: string) {
    this.checked += 1;
    return this.inner.verify(passphrase, stored);
  }
}
