import type { Plugin } from 'vite';

/**
 * Vite plugin: drops tfjs-core's model save/load machinery (IndexedDB and localStorage model stores,
 * HTTP and file routers), which core never uses: about 3 KB gzip of the tfjs chunk every widget loads.
 *
 * Two things kept it on every page although nothing here saves or loads a model:
 *  - `platforms/platform_browser.js` registers the IndexedDB and localStorage model-store managers
 *    when it loads; those two registrations are removed (the platform itself stays);
 *  - tfjs-core's package.json marks every `dist/io/*.js` as having side effects (each registers a
 *    router), so they are declared side-effect free here and tree-shaking removes them unless a
 *    module really uses `tf.io` (which would keep what it imports).
 * The build fails rather than ship silently if a new tfjs changes the lines this expects.
 */
const STORE_MANAGERS =
  /\/\/ Register LocalStorage IOHandler\s*try \{\s*ModelStoreManagerRegistry\.registerManager\([^;]*;\s*\}\s*catch \(err\) \{\s*\}\s*\/\/ Register IndexedDB IOHandler\s*try \{\s*ModelStoreManagerRegistry\.registerManager\([^;]*;\s*\}\s*catch \(err\) \{\s*\}/;

export function tfjsWithoutIo(): Plugin {
  return {
    name: 'gd-tfjs-without-io',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || !/[\\/]tfjs-core[\\/]dist[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !/[\\/]tfjs-core[\\/]dist[\\/]io[\\/]/.test(resolved.id)) return resolved;
      return { ...resolved, moduleSideEffects: false };
    },
    transform(code: string, id: string) {
      if (!/[\\/]tfjs-core[\\/]dist[\\/]platforms[\\/]platform_browser\.js$/.test(id)) return null;
      if (!STORE_MANAGERS.test(code))
        throw new Error(`tfjs-without-io: the model-store registrations were not found in ${id}`);
      return {
        code: code.replace(STORE_MANAGERS, '// model stores not registered: nothing here saves models'),
        map: null,
      };
    },
  };
}
