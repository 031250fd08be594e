/** What the app needs to know about Atlassian accounts, answered by the product (Jira). */
export interface UserDirectory {
  displayName(accountId: string): Promise<string>;
  /** Site (Jira) administrator: the only kind of user who may bootstrap the programme. */
  isSiteAdmin(accountId: string): Promise<boolean>;
}
