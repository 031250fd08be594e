// ESLint flat config: typescript-eslint's recommended rules plus the local layer rule that makes
// the arrows of docs/architecture.md enforceable (`npm run lint` fails on a wrong import).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const layers = require('./eslint-rules/layers');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'static/*/build/', '.tmp/', '.sandbox-data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers },
    rules: {
      'layers/inward-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // Tests, scripts and the sandbox poke at untyped engine answers; `any` is allowed there.
    files: ['test/**/*.ts', 'sandbox/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The sandbox's host pages: classic browser scripts served as they are.
    files: ['sandbox/host/**/*.js', 'test/fixtures/**/static/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['static/**/*.{ts,tsx}'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly' } },
  },
);
