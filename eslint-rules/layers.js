// A local ESLint rule that enforces docs/architecture.md: arrows point inward only.
//   src/domain    imports only itself, zod, node:crypto (hashing is pure computation), date-fns,
//                 @date-fns/tz and @date-fns/utc (calendar arithmetic) and Papa Parse (CSV text): all pure, no I/O
//   src/contract  imports only itself, the domain and zod (and the entity names' type from the ports)
//   src/ports     imports only itself and the domain
//   src/app       imports no adapter, entry point or @forge/* package
//   src/**        imports nothing from sandbox/, test/ or static/
//   static/**     imports from src/ only the contract, and only its types (`import type`)
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const within = (file, dir) => file === dir || file.startsWith(dir + '/');

// Libraries that compute without a clock, network or file: the domain may use them.
const pureLibraries = ['zod', 'node:crypto', 'date-fns', '@date-fns/tz', '@date-fns/utc', 'papaparse'];

function resolveTarget(fromFile, source) {
  if (!source.startsWith('.')) return { external: source };
  return { local: rel(path.resolve(path.dirname(fromFile), source)) };
}

function violation(file, target, typeOnly) {
  const { local, external } = target;
  const pkg = external ?? '';
  if (within(file, 'src')) {
    if (local && ['sandbox', 'test', 'static'].some((dir) => within(local, dir)))
      return `src/ must not import ${local}`;
  }
  if (within(file, 'src/domain')) {
    if (local && !within(local, 'src/domain')) return `the domain imports nothing outside itself (found ${local})`;
    if (external && !pureLibraries.includes(pkg)) return `the domain stays pure: no ${pkg}`;
  }
  if (within(file, 'src/contract')) {
    // The entity names are a type the UI needs (trail filters); a type-only re-export adds no dependency.
    const entityNames = typeOnly && local === 'src/ports/entities';
    if (local && !within(local, 'src/contract') && !within(local, 'src/domain') && !entityNames)
      return `the contract may use only the domain (found ${local})`;
    if (external && pkg !== 'zod') return `the contract may use only zod (found ${pkg})`;
  }
  if (within(file, 'src/ports')) {
    if (local && !within(local, 'src/ports') && !within(local, 'src/domain'))
      return `ports may use only the domain (found ${local})`;
    if (external && pkg.startsWith('@forge/')) return `ports are platform-free: no ${pkg}`;
  }
  if (within(file, 'src/app')) {
    if (local && (within(local, 'src/adapters') || within(local, 'src/entry')))
      return `the app layer must not import ${local}: go through a port`;
    if (external && pkg.startsWith('@forge/')) return `the app layer must not import ${pkg}: go through a port`;
  }
  if (within(file, 'static')) {
    if (local && !within(local, 'static')) {
      if (!within(local, 'src/contract')) return `static/ may import from src/ only the contract (found ${local})`;
      if (!typeOnly) return "static/ may import only the contract's types: use `import type`";
    }
  }
  return null;
}

module.exports = {
  rules: {
    'inward-imports': {
      meta: {
        type: 'problem',
        docs: { description: 'Layer arrows point inward only (docs/architecture.md)' },
        schema: [],
      },
      create(context) {
        const file = rel(context.filename ?? context.getFilename());
        function check(node, typeOnly) {
          if (!node.source || typeof node.source.value !== 'string') return;
          const message = violation(file, resolveTarget(path.resolve(root, file), node.source.value), typeOnly);
          if (message) context.report({ node, message });
        }
        return {
          ImportDeclaration(node) {
            const typeOnly =
              node.importKind === 'type' ||
              (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
            check(node, typeOnly);
          },
          ExportNamedDeclaration(node) {
            check(node, node.exportKind === 'type');
          },
          ExportAllDeclaration(node) {
            check(node, node.exportKind === 'type');
          },
          ImportExpression(node) {
            check(node, false);
          },
        };
      },
    },
  },
};
