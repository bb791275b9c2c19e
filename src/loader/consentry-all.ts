// Entry of dist/consentry.all.js: the script-tag build with the banner inside, for sites that
// want one request. Language files still load on demand from i18n/.
import { mountBanner } from '../../banner/index';
import { startScriptTag } from './script-tag';

startScriptTag(mountBanner);
