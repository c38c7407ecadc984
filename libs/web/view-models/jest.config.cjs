const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-view-models',
  rootDir: __dirname,
};
