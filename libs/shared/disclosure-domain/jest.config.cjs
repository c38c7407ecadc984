const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'disclosure-domain',
  rootDir: __dirname,
};
