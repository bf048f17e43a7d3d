// `npm test`: every check and every test suite, through turbo, summed into one closing line
// "N passed, N failed" that CI reads. Lint and type checks count as one test each; vitest suites
// count their tests from the JSON reports each package writes to test-results/.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureInstalled, runPnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
ensureInstalled();
// Resolved once, before turbo: every task then reads CHROME_PATH (turbo passes it through) instead
// of each looking for, or fetching, a browser on its own.
try {
  process.env.CHROME_PATH = ensureBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const TASKS = [
  'lint',
  'lint-root',
  'check-types',
  'test',
  'test-storybook',
  'check-storybook',
  'check-bundle',
  'check-site',
];
const TEST_TASKS = new Set(['test', 'test-storybook']);

const workspaceDirs = ['packages', 'apps'].flatMap((group) =>
  readdirSync(group).map((name) => join(group, name)),
);
// Stale reports must not be counted: turbo restores them from its cache when a task is a hit.
for (const dir of [...workspaceDirs, '.'])
  rmSync(join(dir, 'test-results'), { recursive: true, force: true });

const runsDir = join(root, '.turbo', 'runs');
const startedAt = Date.now();
// Three tasks at a time, not turbo's default of ten: on a 2-core machine ten browser suites at once
// ran at a load average of 13–16, stretched single tests 18-fold (a 1.8 s test took 33 s) and once
// had check-site read pages whose scripts had not run yet. With three the whole run was faster
// (13 min 7 s against 14 min) and the slowest tests took half as long.
const turboStatus = runPnpm([
  'exec',
  'turbo',
  'run',
  ...TASKS,
  '--continue',
  '--summarize',
  '--concurrency=3',
]);

const summaryFile = existsSync(runsDir)
  ? readdirSync(runsDir)
      .map((name) => join(runsDir, name))
      .filter((file) => statSync(file).mtimeMs >= startedAt - 1000)
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : undefined;
if (!summaryFile) {
  console.error('turbo wrote no run summary; cannot count results.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Counts a vitest JSON report: failed tests, plus files that failed before any test ran. */
function countVitestReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

const rows = [];
for (const task of JSON.parse(readFileSync(summaryFile, 'utf8')).tasks) {
  const exitCode = task.execution?.exitCode ?? 0;
  if (task.command === '<NONEXISTENT>') continue;
  let counts;
  if (TEST_TASKS.has(task.task)) {
    const dir = join(task.directory, 'test-results');
    const reports = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
    counts = reports
      .map((name) => countVitestReport(join(dir, name)))
      .reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), {
        passed: 0,
        failed: 0,
      });
    // A runner that crashed or hung leaves no report: count it as a failure rather than as nothing.
    if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  } else {
    counts = exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  }
  rows.push({ task: task.taskId, cache: task.cache?.status ?? '', ...counts });
}

console.log('\nSuite results:');
for (const row of rows) {
  console.log(
    `  ${row.task.padEnd(48)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(3)} failed  ${row.cache}`,
  );
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
if (passed === 0 && failed === 0) console.error('No test ran.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 || turboStatus !== 0 ? 1 : 0);
