import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

// `pnpm bench`: measurements in headless Chromium that print tables. No timing assertions anywhere.
export default defineConfig({
  test: {
    projects: [
      {
        ...browserProject({ name: 'bench', include: ['bench/**/*.bench.ts'], optimizeDeps: TFJS_DEPS }),
      },
      // CPU time (process.cpuUsage) of the network kernels on the cpu backend: steadier than wall
      // time on a shared machine. (The training-step table runs bundled: bench/cpu-time.mjs.)
      {
        extends: true,
        test: {
          name: 'bench-node',
          environment: 'node',
          include: ['bench/**/*.node-bench.ts'],
          setupFiles: ['./test/setup-node.ts'],
        },
      },
    ],
  },
});
