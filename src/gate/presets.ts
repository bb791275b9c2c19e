/**
 * Built-in service presets: `services: { ga: "google-analytics" }`. Only what the gate
 * needs ships here, to every visitor: the category and the hosts whose requests are held
 * until consent. The first-party cookie names deleted on withdrawal and the brand name a
 * placeholder shows come with the manager (src/manager/preset-details.ts); purposes and
 * per-cookie texts with the banner (banner/texts/presets/).
 *
 * The tables are generated from the preset database (src/presets/database.ts, where every
 * host and cookie is explained and its vendor documentation cited) into preset-table.ts,
 * as flat strings (fewer bytes than objects); their gzip cost inside consentry.js has a
 * budget (test/node/preset-table-size.test.ts).
 */
import type { ResolvedService } from '../types';
import { PRESET_HOSTS } from './preset-table';

const CATEGORIES: Record<string, string> = { n: 'necessary', a: 'analytical', f: 'functional', o: 'other' };

const idOf = (entry: string) => entry.slice(0, entry.indexOf(' '));

/** The ids of the built-in presets, in table order. */
export const PRESET_IDS: readonly string[] = /* @__PURE__ */ PRESET_HOSTS.map(idOf);

/** A fresh copy of the preset `id` (nothing shared with other calls), or `undefined` for an unknown id. */
export function presetService(id: string): ResolvedService | undefined {
  const index = PRESET_IDS.indexOf(id);
  if (index < 0) return;
  const [, category, ...hosts] = PRESET_HOSTS[index]!.split(' ') as [string, string, ...string[]];
  return {
    category: CATEGORIES[category]!,
    hosts: hosts.map((host) => (host.includes('/') ? 'https://' + host : host)),
    cookies: [],
    preset: id,
  };
}
