import { kvs } from '@forge/kvs';
import type { SecretStore } from '../../ports/secrets';

/** Forge KVS secret storage: encrypted at rest, readable only by the app's backend. */
export const kvsSecretStore: SecretStore = {
  async get(key) {
    const value = await kvs.getSecret<string>(key);
    return typeof value === 'string' ? value : undefined;
  },
  async set(key, value) {
    await kvs.setSecret(key, value);
  },
  async delete(key) {
    await kvs.deleteSecret(key);
  },
};
