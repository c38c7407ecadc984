const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-data-access',
  rootDir: __dirname,
};
