import type { AuditTrail } from '../ports/auditTrail';
import type { Clock } from '../ports/clock';
import type { ConfluenceAccess } from '../ports/confluence';
import type { IdGenerator } from '../ports/ids';
import type { JiraAccess } from '../ports/jira';
import type { RecordStore } from '../ports/recordStore';
import type { PassphraseHasher, SecretStore } from '../ports/secrets';
import type { UserDirectory } from '../ports/userDirectory';
import type { WorkQueue } from '../ports/workQueue';

/** The ports every use case may draw on; built once per invocation by the entry layer. */
export interface AppServices {
  store: RecordStore;
  trail: AuditTrail;
  clock: Clock;
  directory: UserDirectory;
  secrets: SecretStore;
  hasher: PassphraseHasher;
  ids: IdGenerator;
  confluence: ConfluenceAccess;
  jira: JiraAccess;
  /** The `raise-issues` queue: bulk raising runs in its consumer. */
  raiseQueue: WorkQueue;
}

/** Who is acting: always an Atlassian account id taken from the platform, never from the payload. */
export interface Caller {
  accountId: string;
}
