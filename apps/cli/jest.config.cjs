const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'cli',
  rootDir: __dirname,
  // The CLI tests start the real `gongkai` binary, which compiles on the fly.
  testTimeout: 60000,
};
