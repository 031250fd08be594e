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
  testMatch: ['**/*.test.ts'],
  ...extra,
});

module.exports = {
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
