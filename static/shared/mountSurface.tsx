import '@atlaskit/css-reset';
import { HeadingContextProvider } from '@atlaskit/heading';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export type ColorMode = 'light' | 'dark';

/** The product's colour mode as the host's context carries it (`theme.colorMode`); light unless it says dark. */
export function colorModeOf(context: unknown): ColorMode {
  const theme = (context as { theme?: { colorMode?: unknown } | null } | null | undefined)?.theme;
  return theme?.colorMode === 'dark' ? 'dark' : 'light';
}

/** How long the first paint waits for the host's context before it settles for the light theme. */
const CONTEXT_WAIT_MS = 2000;

/**
 * Asks the host for the product's theme: `view.theme.enable()` lets Atlassian keep the frame's
 * theme in step with the product, and `view.getContext()` says the mode to paint first. Without a
 * host (or when it does not answer) the surface is light. @forge/bridge is imported here, not at
 * the top, because it throws at import when there is no host bridge.
 */
async function hostColorMode(): Promise<ColorMode> {
  try {
    const { view } = await import('@forge/bridge');
    view.theme.enable().catch(() => undefined);
    const context = await Promise.race([
      view.getContext(),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), CONTEXT_WAIT_MS)),
    ]);
    return colorModeOf(context);
  } catch {
    return 'light';
  }
}

/**
 * Renders a Custom UI surface's root component into #root once Atlaskit's theme is applied, in the
 * colour mode the product uses (`html[data-color-mode]`). The theme CSS ships inside the bundle
 * (lazy chunks), so this makes no network call outside the app's own assets.
 *
 * Each frame is a document of its own to a screen reader: its content is its main landmark, and
 * its top headings are level 1 (a page's body and each `Section` nest one level deeper), so the
 * outline never skips a level whatever size a heading is drawn at.
 */
export function mountSurface(App: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const root = createRoot(container);
  hostColorMode()
    .then((colorMode) =>
      setGlobalTheme({
        colorMode,
        light: 'light',
        dark: 'dark',
        spacing: 'spacing',
        typography: 'typography',
        shape: 'shape',
      }),
    )
    .catch(() => undefined)
    .finally(() => {
      root.render(
        <StrictMode>
          <main>
            <HeadingContextProvider value={1}>
              <App />
            </HeadingContextProvider>
          </main>
        </StrictMode>,
      );
    });
}
