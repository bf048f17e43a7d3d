import { defineConfig } from 'vite';

// The blogger's single file: every element registered, every dependency inlined, minified.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'gd-playground.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
