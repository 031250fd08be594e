/** How a read's spinner and failure are worded and found by the browser tests. */
/** The words and test ids spelt out, for a read whose words do not follow "Loading …" / "… could not be loaded". */
export interface SpeltOut {
  /** Words beside the spinner while the read is on its way. */
  loadingLabel: string;
  loadingTestId?: string;
  /** What could not be shown, when the read failed. */
  failureTitle: string;
  failureTestId?: string;
}

/** The usual words: "Loading the areas" / "The areas could not be loaded", test ids `areas-loading` / `areas-load-error`. */
export interface Usual {
  /** What is read, as it reads after "Loading", e.g. "the areas". */
  what: string;
  testId?: string;
}

export function spelt(props: SpeltOut | Usual): SpeltOut {
  if (!('what' in props)) return props;
  const { what, testId } = props;
  return {
    loadingLabel: `Loading ${what}`,
    loadingTestId: testId && `${testId}-loading`,
    failureTitle: `${what[0]!.toUpperCase()}${what.slice(1)} could not be loaded`,
    failureTestId: testId && `${testId}-load-error`,
  };
}
