/** Where secrets live (Forge KVS secret storage in production): never in SQL, the trail or logs. */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Turns a passphrase into a salted, memory-hard hash and checks a passphrase against one. */
export interface PassphraseHasher {
  hash(passphrase: string): Promise<string>;
  verify(passphrase: string, stored: string): Promise<boolean>;
}
