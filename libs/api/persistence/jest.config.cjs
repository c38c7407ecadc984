const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-persistence',
  rootDir: __dirname,
  // Integration specs share the local PostgreSQL server; one file at a time.
  maxWorkers: 1,
  // Real databases on a shared 2-core machine: a multi-step scenario can take seconds.
  testTimeout: 60_000,
};
