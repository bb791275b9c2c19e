// Entry of dist/consentry.all.js: the script-tag build with the manager, the banner, the
// preference centre and the presets' texts inside, for sites that want one request.
// Language files still load on demand.
import { mountBanner } from '../../banner/mount';
import * as preferences from '../../banner/preferences/preferences-part';
import { PRESET_TEXTS } from '../../banner/texts/presets/en';
import { startManager } from '../manager/manager';
import { startScriptTag } from './script-tag';

startScriptTag({ manager: startManager, mountUI: (cmp) => mountBanner(cmp, { preferences: async () => preferences, presets: async () => PRESET_TEXTS }) });
