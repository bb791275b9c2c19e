// The three-engine test layer: engines, the local web they browse, and the per-engine suite.
export { ENGINES, type Engine, type EngineName, type EnginePage } from './engine';
export { openEngine } from './open';
export { afterReload, sleep } from './page';
export { describeEngines, type EngineSuite } from './suite';
export { startWeb, type Web } from './web';
