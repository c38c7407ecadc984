const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-persistence',
  rootDir: __dirname,
  // Integration specs share the local PostgreSQL server; one file at a time.
  maxWorkers: 1,
};
