// The blogger's folder (dist/gd-playground.js, the autoloader, and dist/chunks/, the code it loads
// on demand): where it is, how to copy it, and how many bytes a page really pulls from it.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The files and folders a page needs, relative to dist/: the entry and every chunk it may load. */
export const BROWSER_FOLDER_ENTRIES = ['gd-playground.js', 'chunks'];

/** Copies the autoloader and its chunks from `dist` into `target` (keeping their relative layout). */
export function copyBrowserFolder(target, dist = DIST) {
  for (const entry of BROWSER_FOLDER_ENTRIES) {
    const from = join(dist, entry);
    if (!existsSync(from)) throw new Error(`${from} is missing: build @gd-playground/components first.`);
    cpSync(from, join(target, entry), { recursive: true, filter: (file) => !file.endsWith('.map') });
  }
}

/** Gzip size of a file, as a static host serving it compressed would send it. */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file)).length;
}

/**
 * Records every JavaScript file a page requests; call before `page.goto`. `total(root)` sums their
 * gzip sizes, read from the files under `root` that the URLs map to.
 */
export function recordScripts(page, serverUrl) {
  const paths = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(serverUrl) && url.pathname.endsWith('.js'))
      paths.add(decodeURIComponent(url.pathname));
  });
  return {
    paths,
    total(root) {
      let bytes = 0;
      for (const path of paths) bytes += gzipBytes(join(root, path));
      return bytes;
    },
  };
}
