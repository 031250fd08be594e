// Scaffolding: filled in by the issue-7 work.
export async function handler(): Promise<unknown> {
  throw new Error('verificationGate: not built yet');
}
