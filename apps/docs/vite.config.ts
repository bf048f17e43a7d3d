import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from '../../packages/components/build/minify-literals.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pages = join(here, 'pages');

/** Every generated page (scripts/generate-pages.mjs writes them before vite starts). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Dev server only. Pages link the entry relatively (`../../src/main.ts` from pages/en/…), which a
 * browser resolves to /src/… above the root: map that back to apps/docs/src. Also regenerates the
 * pages and reloads the browser when content/ changes.
 */
function docsDevServer(): Plugin {
  return {
    name: 'gd-docs-dev-server',
    apply: 'serve',
    enforce: 'pre',
    resolveId(id) {
      if (id.startsWith('/src/')) return join(here, id);
      return null;
    },
    configureServer(server) {
      const content = join(here, 'content');
      server.watcher.add(content);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(content)) return;
        try {
          execFileSync(process.execPath, [join(here, 'scripts/generate-pages.mjs')], { stdio: 'inherit' });
          server.ws.send({ type: 'full-reload' });
        } catch {
          // generate-pages printed why; the previous pages stay served.
        }
      });
    },
  };
}

// The site is a multi-page app rooted at the generated pages/, so dist/ mirrors the site's URLs.
// Relative base: the built site works from any folder of any static host.
export default defineConfig({
  root: pages,
  base: './',
  publicDir: join(here, 'public'),
  // The widgets arrive as the components' per-element modules (tsc output, templates as written):
  // their Lit css`…`/html`…` whitespace is minified here, as the blogger's bundle does it.
  plugins: [
    docsDevServer(),
    minifyLiterals({ include: /\/packages\/components\/dist\/(?!chunks\/).*\.js$/ }),
  ],
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    // One chunk of lit + tfjs on purpose: every page shares it, and the browser caches it once.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: Object.fromEntries(htmlFiles(pages).map((file) => [relative(pages, file), file])),
    },
  },
});
