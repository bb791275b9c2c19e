// The e2e tests' browser: see chromium.js, shared with the benchmark.
export { CHROMIUM, launch } from './chromium.js';
