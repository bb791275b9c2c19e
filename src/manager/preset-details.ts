/**
 * What the manager adds to a preset: the first-party cookie names deleted on withdrawal
 * (and listed in the preference centre) and the brand name visitors know, from the
 * generated details table. The gate carries only the presets' hosts and categories, and
 * lends its lookup (`preset`) rather than the manager carrying the host table twice.
 */
import type { ResolvedService } from '../types';
import { PRESET_DETAILS } from './preset-details-table';
import type { PresetLookup } from './resolve-config';

/** The gate's preset lookup, completed with each preset's cookies and label. */
export const withDetails =
  (preset: PresetLookup): PresetLookup =>
  (id) => {
    const service = preset(id);
    if (!service) return;
    const [cookies, label] = PRESET_DETAILS[id]!.split('|') as [string, string];
    return { ...service, label, cookies: cookies ? cookies.split(' ').map((name) => ({ name })) : [] } satisfies ResolvedService;
  };
