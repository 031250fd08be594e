import { demoSigningPassphrase } from '../../sandbox/demo/seedCapaStory';
import { demoUsers } from '../../sandbox/site/users';

/** The demo's lead auditor: the demo seed sets his passphrase when he approves the audits' plans. */
const demoLead = demoUsers.find((u) => u.displayName === 'Rahul Mehta')!.accountId;

/**
 * The `setSigningPassphrase` payload that gives `who` the test's passphrase after the demo seed:
 * the lead changes the one the seed set (changing needs the current one), the others set theirs.
 */
export function passphraseAfterDemoSeed(who: string, newPassphrase: string) {
  return who === demoLead ? { newPassphrase, currentPassphrase: demoSigningPassphrase } : { newPassphrase };
}
