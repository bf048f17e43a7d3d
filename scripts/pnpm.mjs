// Finds a pnpm 10 to run: the one on PATH when it is the right major, else the exact version that
// package.json pins, through npx (only npm is needed on a fresh machine; corepack fails on this registry).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager;
const wantedMajor = pinned.split('@')[1].split('.')[0];

function installedMajor() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return probe.status === 0 ? probe.stdout.trim().split('.')[0] : undefined;
}

/** The command (and leading arguments) that runs the project's pnpm. */
export function pnpmCommand() {
  return installedMajor() === wantedMajor ? ['pnpm'] : ['npx', '--yes', pinned];
}

/** Runs pnpm with the given arguments, inheriting the terminal; returns the exit status. */
export function runPnpm(args, options = {}) {
  const [command, ...lead] = pnpmCommand();
  const result = spawnSync(command, [...lead, ...args], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  return result.status ?? 1;
}

/** Installs the workspace's dependencies unless they are already in place. */
export function ensureInstalled() {
  const lockIsCurrent = spawnSync('node', ['-e', "require('fs').accessSync('node_modules/.modules.yaml')"]);
  if (lockIsCurrent.status === 0) return;
  console.log('Installing dependencies (first run only)…');
  const status = runPnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}
