/** The config panel of a review macro (saved with view.submit({ config })). */
export function App() {
  return <p data-testid="review-macro-config">Loading the settings…</p>;
}
