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
        module: { type: 'commonjs' },
      },
    ],
    // NestJS 12 ships ES modules only; Jest on Node 20 cannot require them untransformed.
    '^.+/node_modules/(@nestjs|@as-integrations)/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations)/)'],
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
    '^@gongkai/disclosure-domain/metrics$': path.join(
      __dirname,
      'libs/shared/disclosure-domain/src/metrics.ts',
    ),
    '^@gongkai/web-data-access$': path.join(
      __dirname,
      'libs/web/data-access/src/index.ts',
    ),
    '^@gongkai/web-view-models$': path.join(
      __dirname,
      'libs/web/view-models/src/index.ts',
    ),
    '^@gongkai/web-chart-options$': path.join(
      __dirname,
      'libs/web/chart-options/src/index.ts',
    ),
    '^@gongkai/demo-city$': path.join(
      __dirname,
      'libs/shared/demo-city/src/index.ts',
    ),
    '^@gongkai/api-persistence$': path.join(
      __dirname,
      'libs/api/persistence/src/index.ts',
    ),
    '^@gongkai/api-server$': path.join(
      __dirname,
      'libs/api/server/src/index.ts',
    ),
  },
  testMatch: ['**/?(*.)+(spec).ts'],
};
