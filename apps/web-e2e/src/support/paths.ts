import { join, resolve } from 'node:path';

/** The checkout (apps/web-e2e/src/support → four levels up). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const WEB_ROOT = join(WORKSPACE_ROOT, 'dist/apps/web');
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'tmp/e2e-screenshots');
