/**
 * Strict CSP in a test page: `strictStylePolicy()` adds `style-src 'self'` as a `<meta>` (it stays
 * for the rest of the test file's page) and records every violation. Chromium then refuses, and
 * reports, any `style` attribute from markup or `setAttribute`, and allows the CSSOM.
 */
import { afterAll, beforeAll } from 'vitest';

export interface Violation {
  readonly directive: string;
  /** The first characters of the refused style (`'report-sample'`). */
  readonly sample: string;
  /** The element refused a style, when it was in the page (a template being parsed has none). */
  readonly element?: Element;
}

/**
 * Style attributes written by shared code whose owners are changing it (issue 10): the chart axes
 * (`internal/plot/axes.ts`), `<gd-math>`'s typeset TeX, and the data view's colours. A widget's own
 * markup must cause no other violation.
 */
export function foreign(violation: Violation): boolean {
  if (violation.element?.closest('.gd-axes, math, gd-playground-data-view')) return true;
  return (
    /var\(--gd-(axis|grid)/.test(violation.sample) || // axes.ts
    /^(display:\s*block math|math-depth|padding-(left|right):)/.test(violation.sample) || // temml's MathML
    /^(--gd-handle-color|stroke: var\(--|background: var\(--)/.test(violation.sample) // data-view.ts colours
  );
}

/** Registers the policy for this file and returns the live list of violations. */
export function strictStylePolicy(): Violation[] {
  const violations: Violation[] = [];
  const record = (event: SecurityPolicyViolationEvent) => {
    const first = event.composedPath()[0];
    violations.push({
      directive: event.violatedDirective,
      sample: event.sample,
      element: first instanceof Element ? first : undefined,
    });
  };
  beforeAll(() => {
    document.addEventListener('securitypolicyviolation', record);
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "style-src 'self' 'report-sample'";
    document.head.append(policy);
  });
  afterAll(() => document.removeEventListener('securitypolicyviolation', record));
  return violations;
}
