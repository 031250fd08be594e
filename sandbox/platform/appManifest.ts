import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

type Module = Record<string, unknown> & { key: string };

/**
 * The app as the platform sees it: manifest.yml's modules, indexed for the runner. The sandbox
 * runs whatever the manifest declares — the real app's, or a test fixture app's.
 */
export class AppManifest {
  readonly modules: Record<string, Module[]>;
  /** The whole parsed manifest (resources, permissions, …). */
  readonly raw: Record<string, unknown>;

  constructor(
    readonly root: string,
    manifestFile = 'manifest.yml',
  ) {
    const parsed = yaml.load(fs.readFileSync(path.join(root, manifestFile), 'utf8')) as {
      modules?: Record<string, Module[]>;
    };
    this.raw = parsed as Record<string, unknown>;
    this.modules = parsed.modules ?? {};
  }

  list(kind: string): Module[] {
    return this.modules[kind] ?? [];
  }

  /** The handler of a `function` module: the file under src/ and the export name. */
  functionHandler(functionKey: string): { file: string; exportName: string } {
    const fn = this.list('function').find((m) => m.key === functionKey);
    if (!fn) throw new Error(`manifest: no function module '${functionKey}'`);
    const [file, exportName] = String(fn.handler).split('.');
    return { file: path.join(this.root, 'src', file!), exportName: exportName! };
  }

  /** Functions subscribed to a product event, with their `ignoreSelf` filter. */
  triggersFor(eventType: string): Array<{ functionKey: string; ignoreSelf: boolean; moduleKey: string }> {
    return this.list('trigger')
      .filter((m) => Array.isArray(m.events) && (m.events as string[]).includes(eventType))
      .map((m) => ({
        functionKey: String(m.function),
        moduleKey: m.key,
        ignoreSelf: (m.filter as { ignoreSelf?: boolean } | undefined)?.ignoreSelf === true,
      }));
  }

  consumerFor(queue: string): { functionKey: string; moduleKey: string } | undefined {
    const consumer = this.list('consumer').find((m) => m.queue === queue);
    if (!consumer) return undefined;
    const fn = (consumer.function ?? (consumer.resolver as { function?: string } | undefined)?.function) as string;
    return { functionKey: fn, moduleKey: consumer.key };
  }

  moduleByKey(key: string): { kind: string; module: Module } | undefined {
    for (const [kind, modules] of Object.entries(this.modules)) {
      const module = modules.find((m) => m.key === key);
      if (module) return { kind, module };
    }
    return undefined;
  }
}
