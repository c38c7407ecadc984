const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-chart-options',
  rootDir: __dirname,
};
