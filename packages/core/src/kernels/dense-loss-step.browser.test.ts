// The fused step on the webgl backend (test/setup-browser.ts: WebGL, no CPU forwarding), held to
// the autodiff path on the same backend, with tf.train's optimizers and ours.
import { defineFusedStepSuite, OPTIMIZERS } from './fused-step.test-fixtures.js';

// Every tf.train optimizer, and our Adam (the rule furthest from plain SGD); ours for SGD and
// momentum are the same update rules as tf.train's, already raced against them in Node.
defineFusedStepSuite(
  'webgl',
  OPTIMIZERS.filter(([name]) => name.startsWith('tf.train') || name === 'our Adam'),
  2e-5,
);
