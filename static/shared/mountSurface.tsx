import '@atlaskit/css-reset';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders a Custom UI surface's root component into #root once Atlaskit's theme is applied. The
 * theme CSS ships inside the bundle (lazy chunks), so this makes no network call outside the
 * app's own assets. Light only: the iframe cannot see the product's own theme choice.
 */
export function mountSurface(App: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const root = createRoot(container);
  setGlobalTheme({ colorMode: 'light', light: 'light', spacing: 'spacing', typography: 'typography', shape: 'shape' })
    .catch(() => undefined)
    .finally(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
}
