import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tf } from './tf.js';
import { GRADIENT_CONFIGS } from './tf-gradients.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const AUTODIFF = /\btf\.(?:grad|grads|valueAndGrad|valueAndGrads|variableGrads)\s*\(/;

/** Every shipped source file of core (no tests, fixtures or benches), relative to src/. */
function sources(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) &&
      !/\.(test|test-fixtures|bench)\./.test(entry.name) &&
      !/\.test\.ts$/.test(entry.name)
      ? [relative(SRC, path)]
      : [];
  });
}

/** Autodiff call sites that may skip the import, each with its reason (none today). */
const EXEMPT = new Set<string>();

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');

describe('gradients registered where autodiff runs', () => {
  it('every module that calls tfjs autodiff imports tf-gradients (pages without autodiff skip them)', () => {
    const callers = sources().filter(
      (file) =>
        file !== 'tf-gradients.ts' &&
        !EXEMPT.has(file) &&
        AUTODIFF.test(withoutComments(readFileSync(join(SRC, file), 'utf8'))),
    );
    // The autodiff entry points today; a new one shows up here.
    expect(callers.length).toBeGreaterThanOrEqual(7);
    for (const file of callers) {
      const depth = file.split('/').length - 1;
      const specifier = depth ? `${'../'.repeat(depth)}tf-gradients.js` : './tf-gradients.js';
      expect(readFileSync(join(SRC, file), 'utf8'), `${file} runs autodiff`).toContain(
        `import '${specifier}';`,
      );
    }
  });

  it('registers each listed gradient with the engine', () => {
    for (const gradient of GRADIENT_CONFIGS)
      expect(tf.getGradient(gradient.kernelName)?.kernelName).toBe(gradient.kernelName);
  });
});
