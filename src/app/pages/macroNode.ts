import type { MacroKind } from '../../domain/review/macroKinds';
import { macroModuleKeys, macroTitles } from '../../domain/review/macroKinds';
import type { AppIdentity } from '../../ports/appIdentity';
import type { AdfNode } from './adf';

/**
 * One of the app's review macros as an ADF `extension` node, ready to put in a page the app
 * writes (the review template, an audit report). Confluence knows a Forge macro by its
 * `extensionKey` `<appId>/<environmentId>/static/<moduleKey>` and keeps its config in
 * `parameters.guestParams`, where `view.submit({ config })` would have put it.
 */
export function macroNode(
  identity: AppIdentity,
  kind: MacroKind,
  config: Record<string, string | boolean | number>,
  localId: string,
): AdfNode {
  const moduleKey = macroModuleKeys[kind];
  const extensionKey = `${identity.appId}/${identity.environmentId}/static/${moduleKey}`;
  const title = macroTitles[kind];
  return {
    type: 'extension',
    attrs: {
      layout: 'default',
      extensionType: 'com.atlassian.ecosystem',
      extensionKey,
      text: title,
      parameters: {
        layout: 'extension',
        ...(Object.keys(config).length > 0 ? { guestParams: config } : {}),
        forgeEnvironment: identity.environmentType,
        render: 'native',
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`,
        extensionTitle: title,
      },
      localId,
    },
  };
}
