import type { Session } from '../../../src/contract';

/**
 * What a part of the page needs where the reader may sign: who they are (their roles decide what
 * they may sign), and the signal it gives after every signing attempt, so the passphrase panel
 * can show the attempts left or the lock.
 */
export interface SignsOnPage {
  session: Session;
  onSigningAttempt: () => void;
}
