import { randomUUID } from 'node:crypto';

/** Ids are made in one place, so tests and the sandbox can make them predictable. */
export interface IdGenerator {
  newId(prefix: string): string;
}

export const randomIds: IdGenerator = { newId: (prefix) => `${prefix}_${randomUUID()}` };
