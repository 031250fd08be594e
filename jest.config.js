// Jest runs the TypeScript sources compiled to CommonJS by SWC (native ESM breaks @forge/resolver).
// Suites are split into projects so `npm test` can run the fast ones and `npm run test:all` all.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  roots: ['<rootDir>/test/' + name],
  // Fresh installs by the hundred: Forge SQL's schema-change rate is lifted, every other limit stays on.
  setupFiles: ['<rootDir>/test/support/freshInstalls.ts'],
  testMatch: ['**/*.test.ts'],
  ...extra,
});

module.exports = {
  // Tests must hold on a loaded two-core machine, where a test that seeds the demo or drives the
  // sandbox can take ten times as long as on an idle one: none runs on Jest's 5 s default. (Jest
  // reads this option for the whole run only; a project's own `testTimeout` is ignored.) A file may
  // still set a longer timeout for its heaviest tests.
  testTimeout: 120_000,
  projects: [
    project('unit'),
    project('integration'),
    project('contract'),
    // MariaDB suites need MARIADB_URL (set by scripts/test-all.ts, which starts a throwaway server).
    project('mariadb'),
    // Browser suites drive Debian's Chromium against the sandbox.
    project('e2e'),
  ],
};
