/** A review macro on a Confluence page: which one comes from the module key in the context. */
export function App() {
  return <p data-testid="review-macro">Loading the figures…</p>;
}
