const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  // Each file starts servers on SQLite and on the shared PostgreSQL server.
  maxWorkers: 1,
  testTimeout: 60_000,
};
