// Which Chromium the tests and the check scripts drive, in one place. Order: $CHROME_PATH, then a
// system Chromium, then a headless Chromium that ships inside an npm package (@sparticuz/chromium),
// fetched on demand into <repo>/.cache/browser — never by `pnpm install`, so a machine that has a
// browser never downloads one, and a fresh machine needs only Node and npm.
// Plain JavaScript with no dependencies: it runs before `pnpm install` in .ci/run and inside vite's
// synchronous config loading.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The npm package that ships a headless Chromium, pinned exactly (143.x is the newest that declares Node 20). */
export const REGISTRY_BROWSER = { name: '@sparticuz/chromium', version: '143.0.4' };

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const repoRoot = new URL('../..', import.meta.url).pathname;
const cacheDir = join(repoRoot, '.cache', 'browser', REGISTRY_BROWSER.version);
const packageDir = join(cacheDir, 'package');
const unpackedDir = join(cacheDir, 'unpacked');
/** Where the registry browser's executable lands once unpacked. */
export const registryBrowserExecutable = join(unpackedDir, 'chromium');

/**
 * The browser found without fetching anything, or undefined.
 * GD_IGNORE_SYSTEM_CHROMIUM=1 hides the system Chromium, to try the npm route on a machine that has one.
 * @returns {{ path: string, source: 'CHROME_PATH' | 'system' | 'registry' } | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  if (process.env.GD_IGNORE_SYSTEM_CHROMIUM !== '1') {
    const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
    if (system) return { path: system, source: 'system' };
  }
  if (existsSync(registryBrowserExecutable)) return { path: registryBrowserExecutable, source: 'registry' };
  return undefined;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status}):\n${output}`);
  }
  return result.stdout;
}

/** Renames a finished staging folder into place; when a parallel run got there first, keeps theirs. */
function moveIntoPlace(staging, target) {
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
}

/**
 * Installs the pinned browser package into the cache (outside the workspace's lockfile) and unpacks
 * its executable there. Each step writes to a temporary folder and renames it into place, so an
 * interrupted run leaves nothing half-made behind. Synchronous on purpose (see the file's header).
 * @returns {string} the executable's path
 */
export function fetchRegistryBrowser() {
  if (existsSync(registryBrowserExecutable)) return registryBrowserExecutable;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium found, and ${REGISTRY_BROWSER.name} ships one for Linux x64 only (this is ${process.platform} ${process.arch}). ` +
        'Install Chromium or Chrome and point CHROME_PATH at it.',
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(join(packageDir, 'node_modules', REGISTRY_BROWSER.name, 'package.json'))) {
    const staging = mkdtempSync(join(cacheDir, 'package-'));
    // Its own package.json makes npm treat the folder as a project, not the pnpm workspace above it.
    writeFileSync(join(staging, 'package.json'), '{ "private": true }\n');
    const spec = `${REGISTRY_BROWSER.name}@${REGISTRY_BROWSER.version}`;
    run(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', staging, spec],
      {
        cwd: staging,
      },
    );
    moveIntoPlace(staging, packageDir);
  }
  const staging = mkdtempSync(join(cacheDir, 'unpacked-'));
  // The package unpacks into os.tmpdir(); pointing TMPDIR at the staging folder keeps the browser in
  // the cache (and away from a stale /tmp/chromium of another version).
  const script =
    `const { default: chromium } = await import(${JSON.stringify(REGISTRY_BROWSER.name)});` +
    'process.stdout.write(await chromium.executablePath());';
  const unpacked = run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
    env: { ...process.env, TMPDIR: staging },
  }).trim();
  if (unpacked !== join(staging, 'chromium')) throw new Error(`Unexpected unpack location: ${unpacked}`);
  moveIntoPlace(staging, unpackedDir);
  // The compressed copy is only needed to unpack: dropping it saves ~70 MB of cache.
  rmSync(packageDir, { recursive: true, force: true });
  return registryBrowserExecutable;
}

/**
 * The browser to drive, fetching the registry one when there is no other.
 * @returns {{ path: string, source: 'CHROME_PATH' | 'system' | 'registry', fetched: boolean }}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found && found.source !== 'registry') return { ...found, fetched: false };
  const path = found?.path ?? fetchRegistryBrowser();
  // The package's binary needs a few shared libraries (NSS, expat) that most Linux machines have;
  // starting it once here turns a missing one into a clear message instead of a failed test run.
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.status !== 0) {
    throw new Error(
      `${REGISTRY_BROWSER.name} was unpacked to ${path} but does not start:\n${(probe.stderr || probe.error?.message || '').trim()}\n` +
        'Install the missing libraries (Debian: apt-get install libnss3), or install Chromium and set CHROME_PATH.',
    );
  }
  return { path, source: 'registry', fetched: !found };
}

/** One line saying which browser is used and why. */
export function describeChromium({ path, source }) {
  if (source === 'CHROME_PATH') return `Browser: ${path} (from CHROME_PATH)`;
  if (source === 'system') return `Browser: system Chromium ${path}`;
  const why =
    process.env.GD_IGNORE_SYSTEM_CHROMIUM === '1'
      ? 'system Chromium ignored: GD_IGNORE_SYSTEM_CHROMIUM=1'
      : 'no system Chromium found';
  return `Browser: ${REGISTRY_BROWSER.name} ${REGISTRY_BROWSER.version} from the npm registry (${why}), ${path}`;
}
