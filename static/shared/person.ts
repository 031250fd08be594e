/** Someone the reader can pick: an account with an app role, by name. */
export interface Person {
  accountId: string;
  displayName: string;
}
