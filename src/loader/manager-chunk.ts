// Entry of dist/consentry-banner.js: the manager and the banner in one chunk, so a first
// visit fetches both in one request. The build wraps it in a function that receives the
// gate's shared modules and hands it to consentry.js in a window event (see
// rollup.config.js and script-tag.ts), so the chunk defines no global of its own.
export { mountBanner } from '../../banner/mount';
export { startManager } from '../manager/manager';
