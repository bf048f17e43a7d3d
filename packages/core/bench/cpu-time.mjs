// Runs bench/cpu-time.entry.ts as pages run core: bundled (vite, as the components' build bundles
// core), then executed by plain Node in a child process. Part of `pnpm bench`; prints its tables.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const core = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(core, 'bench-results', 'cpu-time');
await build({
  root: core,
  logLevel: 'warn',
  // tfjs-backend-cpu imports bare '@tensorflow/tfjs-core' (a CommonJS `main`): one ES copy, as in tests.
  resolve: {
    alias: [{ find: /^@tensorflow\/tfjs-core$/, replacement: '@tensorflow/tfjs-core/dist/index.js' }],
  },
  ssr: { noExternal: true },
  build: {
    ssr: path.join(core, 'bench', 'cpu-time.entry.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      // The entry imports src/, which package.json's sideEffects list (written for dist/) does not
      // name: no tree shaking, so every module's kernel registrations stay (unused code is only
      // carried, never run).
      treeshake: false,
      output: { format: 'es', entryFileNames: 'cpu-time.mjs' },
    },
  },
});
execFileSync(process.execPath, [path.join(outDir, 'cpu-time.mjs')], { stdio: 'inherit' });
