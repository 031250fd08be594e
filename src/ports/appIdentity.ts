/**
 * Which installed app and environment the code runs as. A page the app writes with its own
 * macros names them by app and environment (the macro's `extensionKey`).
 */
export interface AppIdentity {
  /** The app's UUID (no `ari:` prefix). */
  appId: string;
  environmentId: string;
  /** e.g. DEVELOPMENT, STAGING, PRODUCTION. */
  environmentType: string;
}
