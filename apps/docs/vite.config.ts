import { defineConfig } from 'vite';

// Relative base: the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
