import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const root = (p: string) =>
  fileURLToPath(new URL(`../../${p}`, import.meta.url));
const api = process.env['GONGKAI_API'] ?? 'http://localhost:3000';

/** Writes `x.js.gz` beside every script and stylesheet, so the server never gzips at run time. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'gongkai-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(file)) continue;
        const path = join(outDir, file);
        writeFileSync(
          `${path}.gz`,
          gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }),
        );
      }
    },
  };
}

export default defineConfig({
  root: root('apps/web'),
  base: '/',
  plugins: [
    vue(),
    // Element Plus components and their styles are imported where used, not as a whole.
    Components({
      dts: false,
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
    }),
    precompress(),
  ],
  // vue-i18n's composition API only: no legacy API, no devtools hooks.
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
  },
  resolve: {
    alias: {
      '@gongkai/disclosure-domain/metrics': root(
        'libs/shared/disclosure-domain/src/metrics.ts',
      ),
      '@gongkai/web-data-access': root('libs/web/data-access/src/index.ts'),
      '@gongkai/web-view-models': root('libs/web/view-models/src/index.ts'),
      '@gongkai/web-chart-options': root('libs/web/chart-options/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: { '/graphql': api, '/api': api, '/health': api },
  },
  build: {
    outDir: root('dist/apps/web'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
