import fs from 'node:fs';
import type { Frame, Locator } from 'playwright-core';

/** axe-core's browser build, read once: it is evaluated inside each frame, never fetched by it. */
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** One rule axe found broken in one frame, with a few of the elements it names (to fix it by). */
export interface Violation {
  where: string;
  rule: string;
  impact: Impact;
  help: string;
  targets: string[];
}

/** The frame an `<iframe>` element shows, once it has one. */
export async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The element shows no frame');
  return frame;
}

/**
 * Runs axe-core inside one frame and answers its violations. The frames run under a Forge-like
 * Content-Security-Policy that forbids inline scripts, so the library is evaluated through the
 * browser's debugging protocol, which the policy does not govern. Only this frame is checked:
 * frames inside it are checked on their own.
 */
export async function axeViolations(frame: Frame, where: string): Promise<Violation[]> {
  await frame.evaluate(axeSource);
  // A script string: the suites are compiled without the DOM's types.
  const found = (await frame.evaluate(`(async () => {
    const results = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  })()`)) as Array<Omit<Violation, 'where'>>;
  return found.map((v) => ({ where, ...v }));
}
