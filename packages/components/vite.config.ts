import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { longWithoutWasm } from './build/long-without-wasm.js';
import { minifyLiterals } from './build/minify-literals.js';
import { tfjsWithoutIo } from './build/tfjs-without-io.js';

/** The chunks folder of this build (known once the config is resolved). */
let chunksDir = '';

// The blogger's folder: `gd-playground.js` (the autoloader, a few KB) and `chunks/` (each element's
// code and the code elements share, loaded when a tag first appears). Every dependency inlined,
// minified. tsc writes the per-element modules for bundler users into the same dist/.
export default defineConfig({
  resolve: {
    // The tfjs backends import tfjs-core's full entry, which also registers every optimizer class for
    // model serialisation; core needs none of that (tfjs's custom-module recipe aliases it the same way).
    alias: [{ find: /^@tensorflow\/tfjs-core$/, replacement: '@tensorflow/tfjs-core/dist/base' }],
  },
  // tfjs-core's `long` dependency: no wasm probe, which a strict CSP reports (see the plugin).
  plugins: [
    // Lit's css`…`/html`…` text ships as written otherwise: the JS minifier leaves strings alone.
    minifyLiterals({ include: /\/packages\/components\/src\/.*\.ts$/ }),
    longWithoutWasm(),
    tfjsWithoutIo(),
    {
      // dist/ is not emptied (tsc wrote the per-element modules there first), but chunks of an
      // earlier build must go: their names carry hashes, and stale ones would ship and be counted.
      name: 'gd-clean-chunks',
      // The configured folder (`--outDir` builds a copy elsewhere, e.g. scripts/check-literals.mjs).
      configResolved(config) {
        chunksDir = resolve(config.root, config.build.outDir, 'chunks');
      },
      buildStart() {
        rmSync(chunksDir, { recursive: true, force: true });
      },
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: 'src/autoloader.ts', formats: ['es'], fileName: () => 'gd-playground.js' },
    rolldownOptions: {
      // Vite's library mode keeps whitespace in ES output (for other bundlers' benefit); this folder
      // goes straight to browsers, so the output is minified fully (whitespace too).
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
