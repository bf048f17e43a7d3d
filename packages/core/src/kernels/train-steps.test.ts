import { defineTrainStepsSuite } from './train-steps.test-fixtures.js';

defineTrainStepsSuite('cpu');
