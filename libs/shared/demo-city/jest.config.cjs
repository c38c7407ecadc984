const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'demo-city',
  rootDir: __dirname,
};
