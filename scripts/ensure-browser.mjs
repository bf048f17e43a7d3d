// Makes sure a Chromium is there for the browser tests and says which one: $CHROME_PATH, the system
// Chromium, or (on a machine with neither) a headless Chromium from the npm registry, fetched once
// into .cache/browser. Needs only Node and npm: .ci/run calls it before `pnpm install`.
// Prints the "Browser: …" line; with --print-path, prints the executable's path alone on stdout.
import {
  describeChromium,
  ensureChromium,
  findChromium,
  REGISTRY_BROWSER,
} from '../packages/test-config/browser.js';

/** Resolves the browser (fetching it when needed) and reports it on stderr; returns its path. */
export function ensureBrowser() {
  if (!findChromium())
    console.error(
      `No system Chromium: fetching ${REGISTRY_BROWSER.name} ${REGISTRY_BROWSER.version} from the npm registry…`,
    );
  const browser = ensureChromium();
  console.error(describeChromium(browser));
  return browser.path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureBrowser();
    if (process.argv.includes('--print-path')) console.log(path);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
