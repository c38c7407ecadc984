#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx gongkai` works right after `npm ci`
// with no build step. The workspace tsconfig provides the library path aliases,
// whatever the directory the command is run from.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = path.join(
  __dirname,
  '..',
  'tsconfig.base.json',
);
require('tsx/cjs');
require('../apps/cli/src/main.ts').main(process.argv.slice(2));
