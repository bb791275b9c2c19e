/**
 * The gate's larger modules that the manager's chunk borrows instead of carrying its own copy:
 * the script-tag build passes this object to the chunk, and the build (rollup.config.js)
 * reads the imports below to leave exactly these modules out of the chunk. Keys are the
 * module paths under src/ with `/` and `-` as `_`.
 */
import * as config_defaults from '../config/defaults';
import * as config_names from '../config/names';
import * as consent_codec from '../consent/codec';
import * as gating_presets from '../gating/presets';

export const SHARED = { config_defaults, config_names, consent_codec, gating_presets };
