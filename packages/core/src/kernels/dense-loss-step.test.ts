import { defineFusedStepSuite } from './fused-step.test-fixtures.js';

defineFusedStepSuite('cpu');
