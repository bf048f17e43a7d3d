import { defineDenseSuite } from './dense.test-fixtures.js';

defineDenseSuite('webgl');
