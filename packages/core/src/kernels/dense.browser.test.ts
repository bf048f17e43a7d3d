import { defineDenseSuite } from './dense.test-fixtures.js';

defineDenseSuite('webgl', 2e-5);
