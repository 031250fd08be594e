/**
 * Atlaskit components ask `@atlaskit/platform-feature-flags` about gradual roll-outs. Inside
 * Atlassian's own products the host page answers; inside a Forge iframe nobody does, and the
 * fallback (an uninitialised Statsig client) logs a console warning. Every flag answers "off" here,
 * which is each component's released, stable behaviour. Import this module before any Atlaskit one.
 */
const key = '__PLATFORM_FEATURE_FLAGS__';

interface PlatformFeatureFlags {
  booleanResolver?: (flagKey: string) => boolean;
}

const host = globalThis as typeof globalThis & { [key]?: PlatformFeatureFlags };
host[key] = { ...host[key], booleanResolver: () => false };

export {};
