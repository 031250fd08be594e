import { useHostContextOnce } from '../../shared/useHostContextOnce';

/** What a macro frame needs from its host: which macro it is and its saved config. */
export interface MacroFrameContext {
  moduleKey: string;
  config: Record<string, unknown>;
  isConfiguring: boolean;
  /** Where the macro sits (Confluence page), when the host says. */
  contentId: string | null;
}

export type HostContextState =
  { status: 'loading' } | { status: 'ok'; context: MacroFrameContext } | { status: 'error'; message: string };

/** The host's context as a macro frame reads it (`view.getContext()`), with defaults for missing parts. */
export function macroFrameContext(raw: unknown): MacroFrameContext {
  const context = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    moduleKey?: unknown;
    extension?: { config?: unknown; macro?: { isConfiguring?: unknown }; content?: { id?: unknown } };
  };
  const config = context.extension?.config;
  const contentId = context.extension?.content?.id;
  return {
    moduleKey: typeof context.moduleKey === 'string' ? context.moduleKey : '',
    config:
      typeof config === 'object' && config !== null && !Array.isArray(config)
        ? { ...(config as Record<string, unknown>) }
        : {},
    isConfiguring: context.extension?.macro?.isConfiguring === true,
    contentId: typeof contentId === 'string' || typeof contentId === 'number' ? String(contentId) : null,
  };
}

const onFrame = (raw: unknown): HostContextState => ({ status: 'ok', context: macroFrameContext(raw) });
const onNoFrame = (error: unknown): HostContextState => ({
  status: 'error',
  message: error instanceof Error ? error.message : 'The host did not say which macro this is',
});

/** Reads the frame's context once: a macro that cannot learn which macro it is says so. */
export function useHostContext(): HostContextState {
  return useHostContextOnce(onFrame, onNoFrame);
}
