import type { AppIdentity } from '../ports/appIdentity';
import type { AuditTrail } from '../ports/auditTrail';
import type { Clock } from '../ports/clock';
import type { ConfluenceAccess } from '../ports/confluence';
import type { IdGenerator } from '../ports/ids';
import type { JiraAccess } from '../ports/jira';
import type { RecordStore } from '../ports/recordStore';
import type { PassphraseHasher, SecretStore } from '../ports/secrets';
import type { SnapshotStore } from '../ports/snapshots';
import type { TrailCheckpoints } from '../ports/trailCheckpoints';
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
  /** How far the trail is proven, and full re-verification jobs (KVS, beside the anchor). */
  trailCheckpoints: TrailCheckpoints;
  /** The `trail-jobs` queue: full re-verification runs in its consumer, a chunk per event. */
  trailQueue: WorkQueue;
  /** Cached review figures (KVS): what a macro's PDF export prints with one read. */
  snapshots: SnapshotStore;
  /** The installed app and environment (for the macros on pages the app writes). */
  appIdentity: () => AppIdentity;
}

/** Who is acting: always an Atlassian account id taken from the platform, never from the payload. */
export interface Caller {
  accountId: string;
}
