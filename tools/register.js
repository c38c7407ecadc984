// Runs TypeScript directly (SWC, with decorator metadata for NestJS) and resolves
// the workspace path aliases from tsconfig.base.json, whatever the working directory.
const path = require('node:path');

process.env.SWC_NODE_PROJECT = path.join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
