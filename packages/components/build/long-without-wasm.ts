import type { Plugin } from 'vite';

/**
 * Vite plugin: removes the WebAssembly probe from the `long` package (pulled in by tfjs-core's
 * hash_util, which even `@tensorflow/tfjs-core/dist/base` still imports).
 *
 * `long` compiles a tiny wasm module at load time to speed up 64-bit multiply and divide. Under a
 * strict Content-Security-Policy (`script-src 'self'`, no 'wasm-unsafe-eval') the browser blocks
 * `new WebAssembly.Module` and reports a violation on every page that loads the bundle, although
 * `long` catches the error and falls back to plain JS. tfjs only hashes with it, never in a hot loop,
 * so the bundle uses the JS path from the start and the page stays free of violations.
 */
const PROBE =
  /wasm = new WebAssembly\.Instance\(new WebAssembly\.Module\(new Uint8Array\(\[[\s\S]*?\]\)\), \{\}\)\.exports;/;

export function longWithoutWasm(): Plugin {
  return {
    name: 'gd-long-without-wasm',
    transform(code: string, id: string) {
      if (!/[\\/]long[\\/]src[\\/]long\.js$/.test(id)) return null;
      // Fail the build rather than ship the probe silently if a new `long` changes the line.
      if (!PROBE.test(code))
        throw new Error(`long-without-wasm: the WebAssembly probe was not found in ${id}`);
      return {
        code: code.replace(PROBE, 'wasm = null; // probe removed: blocked under a strict CSP'),
        map: null,
      };
    },
  };
}
