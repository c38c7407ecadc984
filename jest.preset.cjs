// Shared Jest settings: SWC for speed, UTC so that dates never depend on the machine.
process.env.TZ = 'UTC';
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@gongkai/disclosure-domain$': path.join(
      __dirname,
      'libs/shared/disclosure-domain/src/index.ts',
    ),
    '^@gongkai/disclosure-domain/testing$': path.join(
      __dirname,
      'libs/shared/disclosure-domain/src/testing/index.ts',
    ),
    '^@gongkai/demo-city$': path.join(
      __dirname,
      'libs/shared/demo-city/src/index.ts',
    ),
    '^@gongkai/api-persistence$': path.join(
      __dirname,
      'libs/api/persistence/src/index.ts',
    ),
    '^@gongkai/api-reports$': path.join(
      __dirname,
      'libs/api/reports/src/index.ts',
    ),
  },
  testMatch: ['**/?(*.)+(spec).ts'],
};
