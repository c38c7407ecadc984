#!/usr/bin/env node
// Runs the TypeScript CLI through tools/register.js (SWC, with the decorator metadata
// the server's NestJS code needs), so `npx gongkai` works right after `npm ci` with no
// build step. The workspace tsconfig provides the library path aliases, whatever the
// directory the command is run from.
require('../tools/register.js');
void require('../apps/cli/src/main.ts').main(process.argv.slice(2));
