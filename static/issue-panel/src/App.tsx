// Scaffolding: this surface is filled in by the issue-7 work.
export function App() {
  return <p>Loading…</p>;
}
