import { defineConfig } from 'vite';
import { longWithoutWasm } from './build/long-without-wasm.js';

// The blogger's single file: every element registered, every dependency inlined, minified.
export default defineConfig({
  // tfjs-core's `long` dependency: no wasm probe, which a strict CSP reports (see the plugin).
  plugins: [longWithoutWasm()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'gd-playground.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
