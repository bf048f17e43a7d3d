import { defineGridKernelSuite } from './kernel-grid.test-fixtures.js';

defineGridKernelSuite('cpu');
