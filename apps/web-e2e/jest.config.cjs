const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: __dirname,
  // One server and one Chromium at a time: the CI machine has two cores.
  maxWorkers: 1,
  // Browser steps wait on a real server; a cold Chromium start alone can take seconds.
  testTimeout: 90_000,
};
