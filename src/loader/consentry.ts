// Entry of dist/consentry.js: the banner is fetched from consentry-banner.js when needed.
import { startScriptTag } from './script-tag';

startScriptTag();
