// axe-core on a page of the built site, as it is once its widgets have rendered. axe walks into
// open shadow roots by itself, so every widget's controls, charts and tables are checked too.
import { createRequire } from 'node:module';

const axeSource = createRequire(import.meta.url)('axe-core').source;

/**
 * Runs axe on `page` and returns one line per violating node: rule, page, target and what is wrong.
 * A target inside a shadow root reads `host >> inner` (axe's path through the roots).
 */
export async function axeViolations(page, label) {
  // evaluate(), not a <script> tag: it works under any Content-Security-Policy the page may carry.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : part)).join(' '),
        summary: node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '',
      })),
    }));
  });
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label}: axe ${violation.id} (${violation.impact}): ${violation.help} — at ${node.target}${node.summary ? ` — ${node.summary}` : ''}`,
    ),
  );
}
