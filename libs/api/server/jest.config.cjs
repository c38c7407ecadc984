const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-server',
  rootDir: __dirname,
  // End-to-end specs start servers on SQLite and the shared PostgreSQL.
  maxWorkers: 1,
};
