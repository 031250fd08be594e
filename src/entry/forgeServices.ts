import { Kysely } from 'kysely';
import { ScryptPassphraseHasher } from '../adapters/crypto/scryptPassphraseHasher';
import { kvsSecretStore } from '../adapters/forge/kvsSecretStore';
import { ConfluenceAttachmentsApi } from '../adapters/confluence/confluenceAttachmentsApi';
import { ConfluencePagesApi } from '../adapters/confluence/confluencePagesApi';
import { confluenceAsApp, confluenceAsUser, jiraAsApp, jiraAsUser } from '../adapters/forge/products';
import { ensureMigrated } from '../adapters/forge/runMigrations';
import { forgeQueue } from '../adapters/forge/forgeQueue';
import { forgeAppIdentity } from '../adapters/forge/forgeAppIdentity';
import { kvsSnapshotStore } from '../adapters/forge/kvsSnapshotStore';
import { kvsTrailAnchor } from '../adapters/forge/kvsTrailAnchor';
import { kvsTrailCheckpoints } from '../adapters/forge/kvsTrailCheckpoints';
import { jiraAccess } from '../adapters/jira/jiraIssuesApi';
import { JiraUserDirectory } from '../adapters/jira/jiraUserDirectory';
import type { Database } from '../adapters/sql/database';
import { ForgeSqlDialect } from '../adapters/sql/dialects/forgeSqlDialect';
import { SqlTrailedStore } from '../adapters/sql/trailedStore';
import type { AppServices } from '../app/services';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';

// One connection object per function instance; Forge SQL itself is stateless HTTP.
const db = new Kysely<Database>({ dialect: new ForgeSqlDialect() });

/** The queue bulk raising runs on (manifest.yml `consumer`). */
export const raiseQueueKey = 'raise-issues';
/** The queue the trail's full re-verification runs on, a chunk per event. */
export const trailQueueKey = 'trail-jobs';

/**
 * The production composition root: Forge SQL, Jira through @forge/api, the system clock.
 * `invokerId` is the user the platform context names (a resolver's caller); the user-facing
 * product views act as that user only, and without one (triggers, consumers) there is none.
 */
export async function forgeServices(invokerId?: string): Promise<AppServices> {
  await ensureMigrated();
  const store = new SqlTrailedStore(db, { anchor: kvsTrailAnchor });
  return {
    store,
    trail: store,
    clock: systemClock,
    directory: new JiraUserDirectory(jiraAsApp, jiraAsUser(invokerId)),
    secrets: kvsSecretStore,
    hasher: new ScryptPassphraseHasher(),
    ids: randomIds,
    confluence: {
      asApp: () => new ConfluencePagesApi(confluenceAsApp),
      asUser: (accountId) => new ConfluencePagesApi(confluenceAsUser(invokerId)(accountId)),
      filesAsApp: () => new ConfluenceAttachmentsApi(confluenceAsApp),
    },
    jira: jiraAccess(jiraAsApp, jiraAsUser(invokerId)),
    raiseQueue: forgeQueue(raiseQueueKey),
    trailCheckpoints: kvsTrailCheckpoints,
    trailQueue: forgeQueue(trailQueueKey),
    snapshots: kvsSnapshotStore,
    appIdentity: forgeAppIdentity,
  };
}
